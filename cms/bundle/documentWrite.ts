import type { CollectionSlug } from 'payload'
import type { LocaleCode } from '../../curriculum/locales'
import type { QualityReport } from '../../curriculum/quality'
import type { DocumentId } from '../codec/referenceIndex'

export type Row = Record<string, unknown>

/** A document read with `locale: 'all'`, `draft: true` and `depth: 0`: its latest version. */
export type StoredDocument = Row & { id: DocumentId; _status?: string | null }

/** One changed or new bundle document, already mapped to Payload data by the codec. */
export interface DocumentWrite {
  collection: CollectionSlug
  slug: string
  status: 'published' | 'draft'
  /** The shared fields, references resolved to ids (written with the default locale). */
  shared: Row
  /** The localized fields and body of every locale the bundle has, the default locale first. */
  localized: [LocaleCode, Row][]
  /** The document's latest version when it already exists. */
  existing?: StoredDocument
  /** The bundle check's quality report of a locale, to store rather than check again (undefined: none yet). */
  quality?: (locale: LocaleCode) => QualityReport | undefined
}

/** Writes one document so that it ends up with exactly one new version, and returns its id. */
export type DocumentWriter = (write: DocumentWrite) => Promise<DocumentId>
