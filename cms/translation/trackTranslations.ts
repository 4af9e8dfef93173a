import type { CollectionBeforeChangeHook } from 'payload'
import { defaultLocale } from '../../curriculum/locales'
import { contentTypeKeyOfCollection } from '../../curriculum/schemas'
import { userHasRole } from '../access/userRole'
import { markdownConverterFor } from '../richText/markdown'
import { localeContentHash } from './localeContentHash'
import { inLocale, readAllLocales } from './readInLocale'
import { saveLocale } from './saveLocale'
import { asTranslationRecord, recordLocaleSave } from './translationRecord'

/**
 * Records, on every save of a curriculum document, what was saved in its locale: a hash of the
 * text, and for a translation the hash of the English it was made from. An English edit then
 * leaves each translation "outdated" until it is saved again (see translationRecord.ts).
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const type = contentTypeKeyOfCollection(collection.slug)
  const locale = saveLocale(req)
  if (!type || !locale) return data
  const md = await markdownConverterFor(req.payload.config)
  const merged = { ...(originalDoc ?? {}), ...data }
  const record = asTranslationRecord(originalDoc?.translationStatus)

  let sourceHash: string | undefined
  if (locale !== record.source && !record.locales[record.source] && originalDoc?.id !== undefined) {
    // A document saved before tracking began: hash its English as it stands.
    const all = await readAllLocales(req, collection.slug, originalDoc.id as number | string)
    if (all) sourceHash = localeContentHash(type, inLocale(all, defaultLocale, collection), defaultLocale, md)
  }
  data.translationStatus = recordLocaleSave(record, {
    locale,
    contentHash: localeContentHash(type, merged, locale, md),
    savedAt: new Date().toISOString(),
    confirmsTranslation: userHasRole(req.user, ['translator']),
    ...(sourceHash !== undefined && { sourceHash }),
  })
  return data
}
