import type { Payload } from 'payload'
import type { BundleDocument } from '../../curriculum/format/bundle'
import { writeBundle } from '../../curriculum/format/writeBundle'
import { collectionOf, contentTypeKeys } from '../../curriculum/schemas'
import { createMarkdownConverter } from '../richText/markdown'
import { loadReferenceIndex } from './loadReferenceIndex'
import { readMedia } from './mediaFiles'
import { withMediaReferences } from './mediaReferences'
import { documentFromPayload } from '../codec/payloadCodec'

export interface ExportOptions {
  /** Export the latest drafts instead of the published versions. */
  drafts: boolean
  onProgress?: (event: { done: number; total: number; slug: string }) => void
}

/** Reads the database's curriculum as bundle documents: published versions unless asked for drafts. */
export async function readCurriculum(payload: Payload, options: Pick<ExportOptions, 'drafts'>): Promise<BundleDocument[]> {
  const refs = await loadReferenceIndex(payload)
  const md = withMediaReferences(await createMarkdownConverter(payload.config), refs)
  const documents: BundleDocument[] = []
  for (const type of contentTypeKeys) {
    const { docs } = await payload.find({
      collection: collectionOf(type),
      locale: 'all',
      depth: 0,
      draft: options.drafts,
      pagination: false,
      sort: 'slug',
      where: options.drafts ? {} : { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    for (const doc of docs) documents.push(documentFromPayload(type, doc as unknown as Record<string, unknown>, refs, md))
  }
  return documents
}

/** Writes the database's curriculum and media to `dir` as a bundle, replacing it in one step. */
export async function exportBundle(payload: Payload, dir: string, options: ExportOptions): Promise<{ documents: number; media: number; files: number }> {
  const documents = await readCurriculum(payload, options)
  const media = await readMedia(payload)
  let done = 0
  const onDocument = () => options.onProgress?.({ done: ++done, total: documents.length, slug: documents[done - 1]?.slug ?? '' })
  const files = writeBundle(dir, documents, { media, onDocument })
  return { documents: documents.length, media: media.length, files }
}
