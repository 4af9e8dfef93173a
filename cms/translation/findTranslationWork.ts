import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { defaultLocale, localeCodes, type LocaleCode } from '../../curriculum/locales'
import { contentTypeKeys, contentTypes } from '../../curriculum/schemas'
import { hasTitleIn } from './readInLocale'
import { asTranslationRecord, translationStateOf } from './translationRecord'

type Row = Record<string, unknown>

export interface TranslationWorkItem {
  collection: string
  id: number | string
  /** The title in the source language, so a translator knows what it is. */
  title: string
  state: 'missing' | 'outdated'
  /** When the source last changed, and when this translation was last saved (outdated items). */
  sourceSavedAt?: string
  translationSavedAt?: string
}

export interface MediaAltItem {
  id: number | string
  filename: string
}

export interface LocaleWork {
  locale: LocaleCode
  missing: TranslationWorkItem[]
  outdated: TranslationWorkItem[]
  /** Images without alt text in this locale: every image needs it in every language. */
  mediaWithoutAlt: MediaAltItem[]
}


/** Locales each session script must be written in: those its programs name (scripts are translated only where a program needs it). */
async function requiredScriptLocales(payload: Payload, access: object): Promise<Map<string, Set<string>>> {
  const { docs } = await payload.find({ collection: 'programs', draft: true, depth: 0, pagination: false, select: { schedule: true, scriptLocales: true }, ...access })
  const required = new Map<string, Set<string>>()
  for (const program of docs as unknown as { scriptLocales?: string[] | null; schedule?: { days?: { slots?: { script?: unknown }[] | null }[] | null }[] | null }[]) {
    for (const week of program.schedule ?? []) {
      for (const day of week.days ?? []) {
        for (const slot of day.slots ?? []) {
          const id = String(typeof slot.script === 'object' && slot.script !== null ? (slot.script as Row).id : slot.script)
          const locales = required.get(id) ?? new Set<string>()
          for (const locale of program.scriptLocales ?? []) locales.add(locale)
          required.set(id, locales)
        }
      }
    }
  }
  return required
}

/**
 * What translators have to do, per locale: documents whose translation is missing (where the
 * readers need one) or outdated (the English changed after the translation was last saved),
 * and images without alt text in that locale. Reads the latest drafts, with the caller's access.
 */
export async function findTranslationWork(payload: Payload, req: Partial<PayloadRequest>): Promise<LocaleWork[]> {
  const access = { req, user: req.user, overrideAccess: false }
  const work = new Map<LocaleCode, LocaleWork>(localeCodes.filter((l) => l !== defaultLocale).map((locale) => [locale, { locale, missing: [], outdated: [], mediaWithoutAlt: [] }]))
  const scriptLocales = await requiredScriptLocales(payload, access)

  for (const type of contentTypeKeys) {
    const { collection, readership, titleField } = contentTypes[type]
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'slug',
      select: { [titleField]: true, translationStatus: true },
      ...access,
    })
    for (const doc of docs as unknown as Row[]) {
      const record = asTranslationRecord(doc.translationStatus)
      const title = String((doc[titleField] as Row | undefined)?.[defaultLocale] ?? doc.id)
      for (const [locale, entry] of work) {
        const state = translationStateOf(record, locale, hasTitleIn(doc, locale, titleField))
        const needed = readership !== 'facilitators' || scriptLocales.get(String(doc.id))?.has(locale) === true
        const item = { collection, id: doc.id as number | string, title }
        if (state === 'missing' && needed) entry.missing.push({ ...item, state })
        if (state === 'outdated') {
          entry.outdated.push({ ...item, state, sourceSavedAt: record.locales[record.source]?.savedAt, translationSavedAt: record.locales[locale]?.savedAt })
        }
      }
    }
  }

  const media = await payload.find({ collection: 'media', locale: 'all', depth: 0, pagination: false, select: { alt: true, filename: true }, ...access })
  for (const doc of media.docs as unknown as Row[]) {
    for (const [locale, entry] of work) {
      if (!hasTitleIn(doc, locale, 'alt')) entry.mediaWithoutAlt.push({ id: doc.id as number | string, filename: String(doc.filename ?? doc.id) })
    }
  }
  return [...work.values()]
}
