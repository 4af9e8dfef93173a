import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { mediaStaticDir } from '../collections/Media/staticDir'

/**
 * Copies the media files the pages show into the built site (<site>/media/), so a page never
 * loads anything from the CMS or anywhere else. Only files published pages show are copied.
 */
export function copyMedia(payload: Payload, filenames: readonly string[], siteDir: string): number {
  const source = mediaStaticDir(payload)
  const target = path.join(siteDir, 'media')
  mkdirSync(target, { recursive: true })
  for (const name of filenames) {
    const from = path.join(source, path.basename(name))
    if (!existsSync(from)) throw new Error(`A page shows the media file "${name}", but it is missing from ${source}. Upload it again in the admin.`)
    copyFileSync(from, path.join(target, path.basename(name)))
  }
  return filenames.length
}
