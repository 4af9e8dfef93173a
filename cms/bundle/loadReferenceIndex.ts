import type { Payload, PayloadRequest } from 'payload'
import { collectionOf, contentTypeKeys } from '../../curriculum/schemas'
import { ReferenceIndex } from '../codec/referenceIndex'

/** Slug ⇄ id of every curriculum document in the database, drafts included, and file name ⇄ id of every media file. */
export async function loadReferenceIndex(payload: Payload, req?: PayloadRequest): Promise<ReferenceIndex> {
  const refs = new ReferenceIndex()
  for (const type of contentTypeKeys) {
    const collection = collectionOf(type)
    const { docs } = await payload.find({ collection, draft: true, depth: 0, pagination: false, select: { slug: true }, req, overrideAccess: true })
    for (const doc of docs as { id: number | string; slug?: string }[]) if (doc.slug) refs.set(collection, doc.slug, doc.id)
  }
  const { docs: media } = await payload.find({ collection: 'media', depth: 0, pagination: false, select: { filename: true }, req, overrideAccess: true })
  for (const doc of media) if (doc.filename) refs.set('media', doc.filename, doc.id)
  return refs
}
