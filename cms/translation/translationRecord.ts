import { defaultLocale, isLocaleCode, type LocaleCode } from '../../curriculum/locales'

/** What was saved in one locale: a hash of its text, and of the source text it was made from. */
export interface LocaleSave {
  contentHash: string
  /** For the source locale, its own hash; for a translation, the source's hash when it was last saved. */
  sourceHash: string
  savedAt: string
}

/** Kept on each document (and so in each version): the last save of every locale. */
export interface TranslationRecord {
  source: LocaleCode
  locales: Partial<Record<LocaleCode, LocaleSave>>
}

/** Where a translation stands: in step with its source, not written yet, or behind a change of the source. */
export type TranslationState = 'complete' | 'missing' | 'outdated'

export interface LocaleSaveEvent {
  locale: LocaleCode
  contentHash: string
  savedAt: string
  /**
   * Whether this save confirms the translation even when its text did not change: a translator
   * who saves has checked it against the source. Anyone else's save (an editor publishing from
   * the Spanish tab, say) counts only when it changes the Spanish text.
   */
  confirmsTranslation: boolean
  /** The source's current hash, when the record does not know it yet (documents saved before tracking). */
  sourceHash?: string
}

function isLocaleSave(value: unknown): value is LocaleSave {
  if (!value || typeof value !== 'object') return false
  const save = value as Record<string, unknown>
  return typeof save.contentHash === 'string' && typeof save.sourceHash === 'string' && typeof save.savedAt === 'string'
}

/** A stored value as a record, ignoring anything malformed (the field is written only by hooks). */
export function asTranslationRecord(value: unknown): TranslationRecord {
  const record: TranslationRecord = { source: defaultLocale, locales: {} }
  if (!value || typeof value !== 'object') return record
  const stored = value as { source?: unknown; locales?: unknown }
  if (typeof stored.source === 'string' && isLocaleCode(stored.source)) record.source = stored.source
  if (stored.locales && typeof stored.locales === 'object') {
    for (const [locale, save] of Object.entries(stored.locales)) if (isLocaleCode(locale) && isLocaleSave(save)) record.locales[locale] = save
  }
  return record
}

/** The record after a save in one locale. */
export function recordLocaleSave(stored: unknown, save: LocaleSaveEvent): TranslationRecord {
  const record = asTranslationRecord(stored)
  const previous = record.locales[save.locale]
  const changed = previous?.contentHash !== save.contentHash
  if (save.locale === record.source) {
    if (!changed) return record
    return { ...record, locales: { ...record.locales, [save.locale]: { contentHash: save.contentHash, sourceHash: save.contentHash, savedAt: save.savedAt } } }
  }
  if (!changed && !save.confirmsTranslation) return record
  const sourceHash = record.locales[record.source]?.contentHash ?? save.sourceHash
  if (sourceHash === undefined) return record
  return { ...record, locales: { ...record.locales, [save.locale]: { contentHash: save.contentHash, sourceHash, savedAt: save.savedAt } } }
}

/**
 * Where a locale stands. A translation with text but no recorded save (a document last saved
 * before tracking began) counts as complete: nothing shows that the source changed since.
 */
export function translationStateOf(stored: unknown, locale: LocaleCode, hasText: boolean): TranslationState | 'source' {
  const record = asTranslationRecord(stored)
  if (locale === record.source) return 'source'
  if (!hasText) return 'missing'
  const translation = record.locales[locale]
  const source = record.locales[record.source]
  if (!translation || !source) return 'complete'
  return translation.sourceHash === source.contentHash ? 'complete' : 'outdated'
}
