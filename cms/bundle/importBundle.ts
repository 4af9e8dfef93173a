import type { SerializedEditorState } from 'lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { defaultLocale, localeCodes, type LocaleCode } from '../../curriculum/locales'
import type { BundleDocument } from '../../curriculum/format/bundle'
import { BundleError } from '../../curriculum/format/problems'
import { readBundle } from '../../curriculum/format/readBundle'
import { checkBundleInWorker, countBundleFiles, workerCheckFrom } from './bundleCheck'
import { serializeDocument } from '../../curriculum/format/serialize'
import { collectionOf, contentTypeKeys, contentTypes, type ContentTypeKey } from '../../curriculum/schemas'
import { createMarkdownConverter, type MarkdownConverter } from '../richText/markdown'
import type { DocumentWrite, DocumentWriter, Row, StoredDocument } from './documentWrite'
import { loadReferenceIndex } from './loadReferenceIndex'
import { importMedia } from './mediaFiles'
import { withMediaReferences } from './mediaReferences'
import { documentFromPayload, localizedToPayload, sharedToPayload } from '../codec/payloadCodec'
import type { ReferenceIndex } from '../codec/referenceIndex'
import { qualityReports, type QualityReports } from './qualityReports'
import { refreshSqliteStatistics } from './sqliteStatistics'
import { canWriteViaDatabase, databaseWriter } from './writeViaDatabase'
import { localApiWriter } from './writeViaLocalApi'

export interface ImportOptions {
  /** Publish imported documents (true) or bring them in as drafts (false). */
  publish: boolean
  onProgress?: (event: { done: number; total: number; slug: string }) => void
  /**
   * How documents are written: `auto` (the default) goes straight through the database adapter
   * where that is equivalent (see writeViaDatabase.ts) and through the Local API elsewhere;
   * `local-api` always takes the Local API (the tests compare the two).
   */
  writer?: 'auto' | 'local-api'
  /**
   * Where the whole bundle check runs: `auto` (the default) in a worker thread, while the writes
   * go on, for bundles of workerCheckFrom files or more, else first and here; `worker` or
   * `inline` to choose. Either way nothing is committed unless the check found nothing.
   */
  check?: 'auto' | 'worker' | 'inline'
}

export interface MediaSummary {
  created: number
  updated: number
  unchanged: number
}

export interface ImportSummary {
  /** Media files, counted apart from documents. */
  media: MediaSummary
  created: number
  updated: number
  unchanged: number
  failed: number
}

type Outcome = 'created' | 'updated' | 'unchanged'

interface ImportContext {
  payload: Payload
  refs: ReferenceIndex
  md: MarkdownConverter
  options: ImportOptions
  writers: { database: DocumentWriter; localApi: DocumentWriter }
  reports: QualityReports
}

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [file, text] of a) if (b.get(file) !== text) return false
  return true
}

/** The converter with each Markdown text turned into Lexical once per document. */
function convertingOnce(md: MarkdownConverter): MarkdownConverter {
  const states = new Map<string, SerializedEditorState>()
  return {
    ...md,
    toLexical: (markdown) => {
      let state = states.get(markdown)
      if (!state) {
        state = md.toLexical(markdown)
        states.set(markdown, state)
      }
      return state
    },
  }
}

const withoutTrailingSpace = (text: string) => text.replace(/\s+$/, '')

/**
 * Whether the stored document already is what exporting it would compare equal to the incoming
 * one: the same files, front matter and (normalized) body, and the same status (or published,
 * when the incoming one is a draft: there is nothing to draft). Front matter is
 * compared as export writes it; a body first as Lexical (what an import wrote compares equal
 * without converting anything back) and otherwise as the Markdown export would write.
 */
function isUnchanged(doc: BundleDocument, stored: StoredDocument, status: string, refs: ReferenceIndex, md: MarkdownConverter): boolean {
  // A draft identical to what is published changes nothing; a publish of an identical draft does.
  if (stored._status !== status && !(status === 'draft' && stored._status === 'published')) return false
  const current = documentFromPayload(doc.type, stored, refs, { ...md, toMarkdown: () => '' })
  if (!sameFiles(serializeDocument(current), serializeDocument({ ...doc, body: {} }))) return false
  const bodyField = contentTypes[doc.type].bodyField
  if (!bodyField) return true
  for (const locale of Object.keys(current.localized) as LocaleCode[]) {
    const state = (stored[bodyField] as Partial<Record<LocaleCode, SerializedEditorState | null>> | null | undefined)?.[locale]
    const text = doc.body[locale] ?? ''
    if (state && JSON.stringify(state) === JSON.stringify(md.toLexical(text))) continue
    if (withoutTrailingSpace(state ? md.toMarkdown(state) : '') !== withoutTrailingSpace(md.normalize(text))) return false
  }
  return true
}

async function importDocument(context: ImportContext, doc: BundleDocument, stored: StoredDocument | undefined): Promise<Outcome> {
  const { payload, refs, options, writers } = context
  const collection = collectionOf(doc.type)
  const status = options.publish ? 'published' : 'draft'
  const md = convertingOnce(context.md)
  if (stored && isUnchanged(doc, stored, status, refs, md)) return 'unchanged'

  const locales = [defaultLocale, ...localeCodes.filter((l) => l !== defaultLocale && doc.localized[l])]
  const write: DocumentWrite = {
    collection,
    slug: doc.slug,
    status,
    shared: sharedToPayload(doc, refs),
    localized: locales.map((locale): [LocaleCode, Row] => [locale, localizedToPayload(doc, locale, md)]),
    existing: stored,
    quality: (locale) => context.reports.take(doc.type, doc.slug, locale),
  }
  const writer = options.writer !== 'local-api' && canWriteViaDatabase(payload, collection) ? writers.database : writers.localApi
  const id = await writer(write)
  refs.set(collection, doc.slug, id)
  return stored ? 'updated' : 'created'
}

/** The latest version of every document of a collection, by slug: one query, not one per document. */
async function loadStored(payload: Payload, type: ContentTypeKey, req: PayloadRequest): Promise<Map<string, StoredDocument>> {
  const { docs } = await payload.find({ collection: collectionOf(type), locale: 'all', draft: true, depth: 0, pagination: false, req, overrideAccess: true })
  const bySlug = new Map<string, StoredDocument>()
  for (const doc of docs as unknown as StoredDocument[]) if (typeof doc.slug === 'string') bySlug.set(doc.slug, doc)
  return bySlug
}

/**
 * Imports a curriculum bundle all-or-nothing: it is validated first (every problem reported at
 * once), then written in one transaction that is rolled back on any failure. Importing the same
 * bundle again changes nothing; a changed document gets exactly one new version.
 */
export async function importBundle(payload: Payload, dir: string, options: ImportOptions): Promise<ImportSummary> {
  const inWorker = options.check === 'worker' || (options.check !== 'inline' && countBundleFiles(dir) >= workerCheckFrom)
  // With the whole check in a worker, this thread checks everything but editorial quality (the
  // slow part) before writing, and the worker's verdict, the same as readBundle's, decides the commit.
  const reports = qualityReports()
  const fullCheck = inWorker ? checkBundleInWorker(dir, reports) : undefined
  const { documents, media, problems } = readBundle(dir, inWorker ? { quality: false } : { onQualityReport: (doc, locale, report) => reports.add({ type: doc.type, slug: doc.slug, locale, report }) })
  if (problems.length > 0) {
    const all = (await fullCheck?.problems()) ?? problems
    throw new BundleError(all.length > 0 ? all : problems)
  }
  const md = await createMarkdownConverter(payload.config)
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: 0, media: { created: 0, updated: 0, unchanged: 0 } }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let undoMedia = () => undefined as void
  try {
    await refreshSqliteStatistics(payload, req, 'missing')
    const writers = { database: databaseWriter(payload, req), localApi: localApiWriter(payload, req) }
    const refs = await loadReferenceIndex(payload, req)
    const mediaImport = await importMedia(payload, media, refs, req)
    undoMedia = mediaImport.undo
    summary.media = { created: mediaImport.created, updated: mediaImport.updated, unchanged: mediaImport.unchanged }
    const context: ImportContext = { payload, refs, md: withMediaReferences(md, refs), options, writers, reports }
    let done = 0
    for (const type of contentTypeKeys) {
      const ofType = documents.filter((doc) => doc.type === type)
      if (ofType.length === 0) continue
      const stored = await loadStored(payload, type, req)
      for (const doc of ofType) {
        try {
          summary[await importDocument(context, doc, stored.get(doc.slug))]++
        } catch (error) {
          summary.failed++
          const reason = error instanceof Error ? error.message : String(error)
          throw new BundleError([{ file: `${doc.type}/${doc.slug}.${defaultLocale}.md`, field: '', reason: `could not be saved: ${reason}` }])
        }
        options.onProgress?.({ done: ++done, total: documents.length, slug: doc.slug })
      }
    }
    if (fullCheck) {
      const found = await fullCheck.problems()
      if (found.length > 0) throw new BundleError(found)
    }
    if (summary.created + summary.updated > 0) await refreshSqliteStatistics(payload, req, 'always')
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    undoMedia()
    if (fullCheck && !(error instanceof BundleError && !/could not be saved/.test(error.message))) {
      // A write that failed on a bundle the check rejects: the check's problems say why.
      const found = await fullCheck.problems()
      if (found.length > 0) throw new BundleError(found)
    }
    throw error
  }
  return summary
}
