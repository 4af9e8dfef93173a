import path from 'node:path'
import type { Payload } from 'payload'

/** Where the media collection keeps its files on this installation. */
export function mediaStaticDir(payload: Payload): string {
  const upload = payload.collections.media.config.upload
  return path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : 'media')
}
