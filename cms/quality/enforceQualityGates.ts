import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { localeCodes, type LocaleCode } from '../../curriculum/locales'
import { qualitySnapshot, type QualityReport } from '../../curriculum/quality'
import { readabilityTargets } from '../../curriculum/quality/targets'
import { contentTypeKeyOfCollection, contentTypes, type ContentTypeKey } from '../../curriculum/schemas'
import { hasTitleIn, inLocale, readAllLocales } from '../translation/readInLocale'
import { saveLocale } from '../translation/saveLocale'
import { checkLocaleQuality } from './checkLocaleQuality'
import { blockingFindings, qualityStage, rejectQualityErrors, type QualityStage } from './qualityGate'
import { grantOverride, mayOverrideReadability, noOverride, overrideCovers, overrideReason, type ReadabilityOverride } from './readabilityOverride'

type Row = Record<string, unknown>


/**
 * Every locale that has a translation, checked as it now stands: the saved locale from the
 * save itself, the others from the latest stored version. A document's one status covers all
 * its languages, so submitting or publishing needs each of them to pass.
 */
async function reportsForAllLocales(req: PayloadRequest, collection: SanitizedCollectionConfig, type: ContentTypeKey, slug: string, saved: Map<LocaleCode, QualityReport>, id: unknown): Promise<Map<LocaleCode, QualityReport>> {
  const reports = new Map(saved)
  const stored = id === undefined ? undefined : await readAllLocales(req, collection.slug, id as number | string)
  if (!stored) return reports
  for (const locale of localeCodes) {
    if (reports.has(locale) || !hasTitleIn(stored, locale, contentTypes[type].titleField)) continue
    reports.set(locale, await checkLocaleQuality(req, { type, slug, locale, doc: inLocale(stored, locale, collection) }))
  }
  return reports
}

/**
 * Who may set the readability override, and when it is (re)granted: a clinical reviewer or admin
 * who saves a reason grants it for the text as it is now, and publishing or approving with the
 * reason in place confirms it for the text being published. Anyone else sees it kept as it was.
 */
function applyOverrideRules(data: Row, originalDoc: Row | undefined, req: PayloadRequest, stage: QualityStage, reports: () => Promise<Map<LocaleCode, QualityReport>>): Promise<void> | void {
  const user = req.user
  if (!user) return
  const stored = (originalDoc?.readabilityOverride as ReadabilityOverride | null | undefined) ?? noOverride
  const sent = 'readabilityOverride' in data ? (data.readabilityOverride as ReadabilityOverride | null | undefined) : stored
  const reason = overrideReason(sent)
  if (!mayOverrideReadability(user)) {
    if (reason !== overrideReason(stored)) {
      throw new APIError(
        'Only a clinical reviewer or an admin can override the readability target. Make the text easier to read, or ask a reviewer to decide; the reason they write is kept with the version.',
        403,
        undefined,
        true,
      )
    }
    data.readabilityOverride = stored
    return
  }
  if (reason === '') {
    data.readabilityOverride = noOverride
    return
  }
  if (reason === overrideReason(stored) && stage !== 'approval') {
    data.readabilityOverride = stored
    return
  }
  return reports().then((all) => {
    data.readabilityOverride = grantOverride(reason, user, all)
  })
}

/**
 * On every save of a curriculum document: runs the quality engine on the saved locale and keeps
 * the result on the document (`quality`, shown in the sidebar, carried by each version); applies
 * the readability override rules; and stops submitting, approving or publishing while any
 * language has a quality error, each reported on its field. Saves without a user (the importer,
 * the jobs queue) are trusted system work: checked and recorded, not stopped.
 */
export const enforceQualityGates: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const type = contentTypeKeyOfCollection(collection.slug)
  if (!type) return data
  const merged: Row = { ...(originalDoc ?? {}), ...data }
  const slug = typeof merged.slug === 'string' ? merged.slug : ''
  const locale = saveLocale(req)

  // The saved locale (or, for a write of every locale at once, each of them).
  const saved = new Map<LocaleCode, QualityReport>()
  for (const each of locale ? [locale] : localeCodes) {
    const doc = locale ? merged : inLocale(merged, each, collection)
    if (!locale && !hasTitleIn(merged, each, contentTypes[type].titleField)) continue
    saved.set(each, await checkLocaleQuality(req, { type, slug, locale: each, doc }))
  }
  const readership = contentTypes[type].readership
  data.quality = locale
    ? qualitySnapshot(saved.get(locale) as QualityReport, readership, locale)
    : Object.fromEntries([...saved].map(([each, report]) => [each, qualitySnapshot(report, readership, each)]))

  const stage = qualityStage(data, originalDoc)
  let all: Promise<Map<LocaleCode, QualityReport>> | undefined
  const allReports = () => (all ??= reportsForAllLocales(req, collection, type, slug, saved, originalDoc?.id))
  if (readabilityTargets[readership]) await applyOverrideRules(data, originalDoc, req, stage, allReports)

  if (!req.user || stage === 'draft') return data
  const reports = await allReports()
  const override = data.readabilityOverride as ReadabilityOverride | undefined
  rejectQualityErrors(blockingFindings(reports, stage, (each) => overrideCovers(override, each, reports.get(each))), collection.slug, req)
  return data
}
