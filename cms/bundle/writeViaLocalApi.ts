import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { localeCodes } from '../../curriculum/locales'
import type { DocumentWrite, DocumentWriter } from './documentWrite'
import type { DocumentId } from '../codec/referenceIndex'

async function newestVersion(payload: Payload, collection: CollectionSlug, id: DocumentId, req: PayloadRequest): Promise<DocumentId | undefined> {
  const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-createdAt', limit: 1, depth: 0, req, overrideAccess: true })
  return docs[0]?.id
}

/** Leaves exactly one new version for a document however many locales were written. */
async function keepOneNewVersion(payload: Payload, collection: CollectionSlug, id: DocumentId, newestBefore: DocumentId | undefined, req: PayloadRequest) {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-createdAt',
    limit: localeCodes.length + 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const fresh: DocumentId[] = []
  for (const version of docs) {
    if (version.id === newestBefore) break
    fresh.push(version.id)
  }
  const stale = fresh.slice(1)
  if (stale.length > 0) await payload.db.deleteVersions({ collection, where: { id: { in: stale } }, req })
}

/**
 * Writes a document through Payload's Local API with every hook and validation: one locale per
 * save (a Local API write with `locale: 'all'` rejects our localized lists), then removes the
 * intermediate versions so one new version remains. About ten times slower than the database
 * writer; used where that one is not proven equivalent (see `canWriteViaDatabase`).
 */
export function localApiWriter(payload: Payload, req: PayloadRequest): DocumentWriter {
  return (write) => writeViaLocalApi(payload, write, req)
}

async function writeViaLocalApi(payload: Payload, write: DocumentWrite, req: PayloadRequest): Promise<DocumentId> {
  const { collection, status, existing } = write
  const draft = status === 'draft'
  const newestBefore = existing ? await newestVersion(payload, collection, existing.id, req) : undefined
  let id = existing?.id
  for (const [index, [locale, fields]] of write.localized.entries()) {
    const data = { ...(index === 0 ? write.shared : {}), ...fields, _status: status }
    if (id === undefined) {
      const created = await payload.create({ collection, data: data as never, locale, draft, depth: 0, req, overrideAccess: true })
      id = created.id
    } else {
      await payload.update({ collection, id, data: data as never, locale, draft, depth: 0, req, overrideAccess: true })
    }
  }
  if (id === undefined) throw new Error('The document has no locale to write')
  await keepOneNewVersion(payload, collection, id, newestBefore, req)
  return id
}
