import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import type { LocaleCode } from '../../curriculum/locales'

type Row = Record<string, unknown>

/**
 * The latest version of a document (drafts included) with every locale, without touching the
 * save's own locale on the shared request (a nested Local API call would set it).
 */
export async function readAllLocales(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<Row | undefined> {
  const { locale, fallbackLocale } = req
  try {
    const doc: unknown = await req.payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, req, overrideAccess: true, disableErrors: true })
    return doc && typeof doc === 'object' ? (doc as Row) : undefined
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** One locale's values out of a document read with `locale: 'all'`: localized fields picked, the rest as they are. */
export function inLocale(doc: Row, locale: LocaleCode, collection: SanitizedCollectionConfig): Row {
  const localized = new Set(collection.flattenedFields.filter((field) => 'localized' in field && field.localized).map((field) => field.name))
  return Object.fromEntries(Object.entries(doc).map(([name, value]) => [name, localized.has(name) && value && typeof value === 'object' ? (value as Row)[locale] : value]))
}

/** Whether a document read with `locale: 'all'` has its title (or name) in a locale: a translation has begun. */
export function hasTitleIn(doc: Row, locale: LocaleCode, titleField: string): boolean {
  const value = (doc[titleField] as Row | null | undefined)?.[locale]
  return typeof value === 'string' && value.trim() !== ''
}
