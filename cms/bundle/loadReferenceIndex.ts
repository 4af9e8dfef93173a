import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { contentTypeKeys } from '../../curriculum/schemas'
import { collectionOf } from './payloadCodec'
import { ReferenceIndex } from './referenceIndex'

/** Slug ⇄ id of every curriculum document in the database, drafts included. */
export async function loadReferenceIndex(payload: Payload, req?: PayloadRequest): Promise<ReferenceIndex> {
  const refs = new ReferenceIndex()
  for (const type of contentTypeKeys) {
    const collection = collectionOf(type) as CollectionSlug
    const { docs } = await payload.find({ collection, draft: true, depth: 0, pagination: false, select: { slug: true }, req, overrideAccess: true })
    for (const doc of docs as { id: number | string; slug?: string }[]) if (doc.slug) refs.set(collection, doc.slug, doc.id)
  }
  return refs
}
