import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import type { LocaleCode } from '../../curriculum/locales'
import { qualitySnapshot } from '../../curriculum/quality'
import { contentTypeKeyOfCollection, contentTypes } from '../../curriculum/schemas'
import { checkLocaleQuality, reportInPayloadTerms } from '../quality/checkLocaleQuality'
import { markdownConverterFor } from '../richText/markdown'
import { localeContentHash } from '../translation/localeContentHash'
import { inLocale } from '../translation/readInLocale'
import { recordLocaleSave } from '../translation/translationRecord'
import type { DocumentWrite, Row, StoredDocument } from './documentWrite'

/**
 * What trackTranslations and enforceQualityGates add to a save without a user, for the database
 * writer: for each locale written in turn, that locale's quality report and the translation
 * record as it stands after that save. The same functions as the hooks, on the same values; the
 * quality report is the one the bundle check made of the same text when it has one (`quality`),
 * which the import test compares with what the CMS computes on save.
 */
export async function withDerivedFields(req: PayloadRequest, collection: SanitizedCollectionConfig, entries: [LocaleCode, Row][], existing: StoredDocument | undefined, quality?: DocumentWrite['quality']): Promise<[LocaleCode, Row][]> {
  const type = contentTypeKeyOfCollection(collection.slug)
  if (!type) return entries
  const md = await markdownConverterFor(req.payload.config)
  const slug = String(entries[0]?.[1].slug ?? existing?.slug ?? '')
  const savedAt = new Date().toISOString()
  let record: unknown = existing?.translationStatus
  const derived: [LocaleCode, Row][] = []
  for (const [locale, row] of entries) {
    const doc = existing ? { ...inLocale(existing, locale, collection), ...row } : row
    const checked = quality?.(locale)
    const report = checked ? reportInPayloadTerms(type, checked) : await checkLocaleQuality(req, { type, slug, locale, doc })
    record = recordLocaleSave(record, { locale, contentHash: localeContentHash(type, doc, locale, md), savedAt, confirmsTranslation: false })
    derived.push([locale, { ...row, quality: qualitySnapshot(report, contentTypes[type].readership, locale), translationStatus: record }])
  }
  return derived
}
