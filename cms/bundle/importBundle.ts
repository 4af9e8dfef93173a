import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { defaultLocale, localeCodes } from '../../curriculum/locales'
import type { BundleDocument } from '../../curriculum/format/bundle'
import { BundleError } from '../../curriculum/format/problems'
import { readBundle } from '../../curriculum/format/readBundle'
import { serializeDocument } from '../../curriculum/format/serialize'
import { contentTypeKeys } from '../../curriculum/schemas'
import { createMarkdownConverter, type MarkdownConverter } from '../richText/markdown'
import { loadReferenceIndex } from './loadReferenceIndex'
import { collectionOf, documentFromPayload, localizedToPayload, sharedToPayload } from './payloadCodec'
import type { DocumentId, ReferenceIndex } from './referenceIndex'

export interface ImportOptions {
  /** Publish imported documents (true) or bring them in as drafts (false). */
  publish: boolean
  onProgress?: (event: { done: number; total: number; slug: string }) => void
}

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  failed: number
}

type Outcome = 'created' | 'updated' | 'unchanged'

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [file, text] of a) if (b.get(file) !== text) return false
  return true
}

function withNormalizedBodies(doc: BundleDocument, md: MarkdownConverter): BundleDocument {
  const body = Object.fromEntries(Object.entries(doc.body).map(([locale, text]) => [locale, md.normalize(text ?? '')]))
  return { ...doc, body }
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

async function newestVersion(payload: Payload, collection: CollectionSlug, id: DocumentId, req: PayloadRequest): Promise<DocumentId | undefined> {
  const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-createdAt', limit: 1, depth: 0, req, overrideAccess: true })
  return docs[0]?.id
}

async function importDocument(payload: Payload, doc: BundleDocument, refs: ReferenceIndex, md: MarkdownConverter, options: ImportOptions, req: PayloadRequest): Promise<Outcome> {
  const collection = collectionOf(doc.type) as CollectionSlug
  const status = options.publish ? 'published' : 'draft'
  const { docs } = await payload.find({ collection, where: { slug: { equals: doc.slug } }, locale: 'all', draft: true, depth: 0, limit: 1, req, overrideAccess: true })
  const existing = docs[0] as (Record<string, unknown> & { id: DocumentId }) | undefined

  if (existing) {
    const current = serializeDocument(documentFromPayload(doc.type, existing, refs, md))
    const incoming = serializeDocument(withNormalizedBodies(doc, md))
    if (sameFiles(current, incoming) && existing._status === status) return 'unchanged'
  }

  const draft = !options.publish
  const locales = [defaultLocale, ...localeCodes.filter((l) => l !== defaultLocale && doc.localized[l])]
  const newestBefore = existing ? await newestVersion(payload, collection, existing.id, req) : undefined
  let id = existing?.id
  for (const locale of locales) {
    const data = { ...(locale === defaultLocale ? sharedToPayload(doc, refs) : {}), ...localizedToPayload(doc, locale, md), _status: status }
    if (id === undefined) {
      const created = await payload.create({ collection, data: data as never, locale, draft, depth: 0, req, overrideAccess: true })
      id = created.id
      refs.set(collection, doc.slug, id)
    } else {
      await payload.update({ collection, id, data: data as never, locale, draft, depth: 0, req, overrideAccess: true })
    }
  }
  if (id !== undefined) await keepOneNewVersion(payload, collection, id, newestBefore, req)
  return existing ? 'updated' : 'created'
}

/**
 * Imports a curriculum bundle all-or-nothing: it is validated first (every problem reported at
 * once), then written in one transaction that is rolled back on any failure. Importing the same
 * bundle again changes nothing; a changed document gets exactly one new version.
 */
export async function importBundle(payload: Payload, dir: string, options: ImportOptions): Promise<ImportSummary> {
  const { documents, problems } = readBundle(dir)
  if (problems.length > 0) throw new BundleError(problems)
  const md = await createMarkdownConverter(payload.config)
  const ordered = contentTypeKeys.flatMap((type) => documents.filter((doc) => doc.type === type))
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: 0 }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const refs = await loadReferenceIndex(payload, req)
    let done = 0
    for (const doc of ordered) {
      try {
        summary[await importDocument(payload, doc, refs, md, options, req)]++
      } catch (error) {
        summary.failed++
        const reason = error instanceof Error ? error.message : String(error)
        throw new BundleError([{ file: `${doc.type}/${doc.slug}.${defaultLocale}.md`, field: '', reason: `could not be saved: ${reason}` }])
      }
      options.onProgress?.({ done: ++done, total: ordered.length, slug: doc.slug })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return summary
}
