import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BundleDocument } from './bundle'
import { mediaFolderFor, mediaPath, serializeMediaSidecar, sidecarFile, type BundleMedia } from './media'
import { serializeDocument } from './serialize'

export interface WriteOptions {
  /** Media files, each written beside the first document that shows it, with its alt text. */
  media?: readonly Pick<BundleMedia, 'name' | 'alt' | 'bytes'>[]
  onDocument?: () => void
}

/**
 * Writes documents as a bundle. The files go to a sibling staging folder first and replace the
 * target in one rename, so a failed export never leaves a half-written bundle behind.
 */
export function writeBundle(root: string, documents: readonly BundleDocument[], options: WriteOptions = {}): number {
  const target = path.resolve(root)
  const staging = `${target}.partial-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  let written = 0
  try {
    for (const doc of documents) {
      for (const [relative, text] of serializeDocument(doc)) {
        const file = path.join(staging, relative)
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, text)
        written++
      }
      options.onDocument?.()
    }
    for (const media of options.media ?? []) {
      const file = path.join(staging, mediaPath(media.name, mediaFolderFor(media.name, documents)))
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, media.bytes)
      writeFileSync(sidecarFile(file), serializeMediaSidecar(media))
      written += 2
    }
    mkdirSync(staging, { recursive: true })
    // Keep the bundle's own notes (README.md) that are not documents.
    const readme = path.join(target, 'README.md')
    if (existsSync(readme)) copyFileSync(readme, path.join(staging, 'README.md'))
    const previous = `${target}.previous-${process.pid}`
    rmSync(previous, { recursive: true, force: true })
    let hadPrevious = true
    try {
      renameSync(target, previous)
    } catch {
      hadPrevious = false
    }
    renameSync(staging, target)
    if (hadPrevious) rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  return written
}
