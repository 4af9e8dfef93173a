import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { defaultLocale, localeCodes, type LocaleCode } from '../../curriculum/locales'
import { mediaDigest, mediaTypes, type BundleMedia } from '../../curriculum/format/media'
import { mediaStaticDir } from '../collections/Media/staticDir'
import type { ReferenceIndex } from '../codec/referenceIndex'

interface StoredMedia {
  id: number | string
  filename?: string | null
  alt?: Partial<Record<LocaleCode, string | null>> | string | null
}

export interface MediaImport {
  created: number
  updated: number
  unchanged: number
  /** Puts the files back as they were, for when the import's transaction is rolled back. */
  undo: () => void
}

const sameAlt = (stored: StoredMedia['alt'], alt: Record<LocaleCode, string>) =>
  typeof stored === 'object' && stored !== null && localeCodes.every((locale) => (stored[locale] ?? '') === alt[locale])

/**
 * Creates or updates the bundle's media files, keeping each file's name (its identity in
 * bundles) and its alt text in every locale. A file with the same bytes and alt text is left
 * alone. The database side runs in the import's transaction; files on disk cannot, so every
 * change to them is recorded for `undo`.
 */
export async function importMedia(payload: Payload, media: readonly BundleMedia[], refs: ReferenceIndex, req: PayloadRequest): Promise<MediaImport> {
  const result: MediaImport = { created: 0, updated: 0, unchanged: 0, undo: () => undefined }
  if (media.length === 0) return result
  const dir = mediaStaticDir(payload)
  const restore: (() => void)[] = []
  result.undo = () => {
    for (const step of restore.reverse()) step()
  }
  const { docs } = await payload.find({ collection: 'media', locale: 'all', depth: 0, pagination: false, req, overrideAccess: true })
  const byName = new Map((docs as unknown as StoredMedia[]).filter((doc) => doc.filename).map((doc) => [doc.filename as string, doc]))
  try {
    for (const item of media) {
      const file = { data: item.bytes, mimetype: mediaTypes[path.extname(item.name)] ?? 'application/octet-stream', name: item.name, size: item.bytes.length }
      const onDisk = path.join(dir, item.name)
      const previousBytes = existsSync(onDisk) ? readFileSync(onDisk) : undefined
      const stored = byName.get(item.name)
      const sameBytes = previousBytes !== undefined && mediaDigest(previousBytes) === mediaDigest(item.bytes)
      if (stored && sameBytes && sameAlt(stored.alt, item.alt)) {
        result.unchanged++
        continue
      }
      restore.push(() => (previousBytes ? writeFileSync(onDisk, previousBytes) : rmSync(onDisk, { force: true })))
      let id = stored?.id
      if (id === undefined) {
        const created = await payload.create({ collection: 'media', locale: defaultLocale, data: { alt: item.alt[defaultLocale] }, file, overwriteExistingFiles: true, depth: 0, req, overrideAccess: true })
        id = created.id
        result.created++
      } else {
        await payload.update({ collection: 'media', id, locale: defaultLocale, data: { alt: item.alt[defaultLocale] }, ...(sameBytes ? {} : { file }), overwriteExistingFiles: true, depth: 0, req, overrideAccess: true })
        result.updated++
      }
      for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
        await payload.update({ collection: 'media', id, locale, data: { alt: item.alt[locale] }, depth: 0, req, overrideAccess: true })
      }
      refs.set('media', item.name, id)
    }
  } catch (error) {
    result.undo()
    throw error
  }
  return result
}

/** Every media file in the database, with its alt text, as a bundle holds it. */
export async function readMedia(payload: Payload): Promise<Pick<BundleMedia, 'name' | 'alt' | 'bytes'>[]> {
  const dir = mediaStaticDir(payload)
  const { docs } = await payload.find({ collection: 'media', locale: 'all', depth: 0, pagination: false, sort: 'filename', overrideAccess: true })
  return (docs as unknown as StoredMedia[])
    .filter((doc): doc is StoredMedia & { filename: string } => typeof doc.filename === 'string')
    .map((doc) => {
      const alt = (typeof doc.alt === 'object' && doc.alt ? doc.alt : {}) as Partial<Record<LocaleCode, string | null>>
      const file = path.join(dir, doc.filename)
      if (!existsSync(file)) throw new Error(`The media file "${doc.filename}" is in the database but not in ${dir}; upload it again or delete it in the admin.`)
      return { name: doc.filename, alt: Object.fromEntries(localeCodes.map((locale) => [locale, alt[locale] ?? ''])) as Record<LocaleCode, string>, bytes: readFileSync(file) }
    })
}
