import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const shippedBundle = path.resolve(import.meta.dirname, '../../curriculum/content')

/** A private copy of the shipped bundle to break on purpose. */
export function copyShippedBundle(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iop-bundle-'))
  cpSync(shippedBundle, dir, { recursive: true })
  return dir
}

export function editFile(dir: string, relative: string, edit: (text: string) => string): void {
  const file = path.join(dir, relative)
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}
