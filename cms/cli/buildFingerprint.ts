import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ignored = new Set(['node_modules', '.next', 'content'])

function collect(dir: string, files: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (ignored.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) collect(full, files)
    else files.push(full)
  }
}

/**
 * A digest of everything the CMS build is made from, so `npm start` rebuilds the admin when the
 * code changed since the last build, and skips the build when it did not.
 */
export function buildFingerprint(root: string): string {
  const files: string[] = []
  for (const dir of ['cms', 'curriculum', 'i18n']) {
    try {
      collect(path.join(root, dir), files)
    } catch {
      // A folder that does not exist yet contributes nothing.
    }
  }
  files.push(path.join(root, 'package-lock.json'))
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    hash.update(file)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}
