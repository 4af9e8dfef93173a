import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { defaultLocale, locales, type LocaleCode } from '../../curriculum/locales'
import { collectionOf, contentTypes, type PublicContentType } from '../../curriculum/schemas'
import type { LocaleSnapshot, Localized, PublicProgram, SiteSnapshot } from '../../site/lib/siteSnapshot'
import type { Config, Program } from '../payload-types'
import { richTextHtml } from './richTextHtml'

type PublicCollection = (typeof contentTypes)[PublicContentType]['collection']
type PublicDocument<C extends PublicCollection> = Config['collections'][C]

const slugOfRelation = (value: number | { slug: string } | null | undefined): string | undefined => (value && typeof value === 'object' ? value.slug : undefined)
const slugsOf = (values: (number | { slug: string })[] | null | undefined): string[] => (values ?? []).map(slugOfRelation).filter((s): s is string => Boolean(s))

/** Whether a document read in one locale without fallback has its title (or name) there: it is translated. */
function hasTitle(doc: object, titleField: string): boolean {
  return Object.entries(doc).some(([name, value]) => name === titleField && typeof value === 'string' && value !== '')
}

/**
 * A draft to show in place of (or beside) the published documents, for an editor's preview:
 * read for that editor, with their access, never as the public.
 */
export interface DraftInclusion {
  collection: CollectionSlug
  id: number | string
  user: NonNullable<PayloadRequest['user']>
}

/** Reads one content type as the anonymous public, marking documents that are not translated. */
async function readPublic<T extends PublicContentType>(payload: Payload, type: T, locale: LocaleCode, draft?: DraftInclusion): Promise<Localized<PublicDocument<(typeof contentTypes)[T]['collection']>>[]> {
  const collection = collectionOf(type)
  const { titleField } = contentTypes[type]
  const shownRead = () => payload.find({ collection, locale, fallbackLocale: defaultLocale, depth: 1, pagination: false, sort: 'slug', overrideAccess: false })
  // Whether a document is translated needs only its title in this locale, without fallback.
  const titlesRead = () => payload.find({ collection, locale, fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false, select: { [titleField]: true } })
  const [shown, own] = await Promise.all([shownRead(), locale === defaultLocale ? null : titlesRead()])
  const translatedIds = new Set((own ?? shown).docs.filter((doc) => hasTitle(doc, titleField)).map((doc) => String(doc.id)))
  const docs = shown.docs.map((doc) => ({ ...doc, translated: translatedIds.has(String(doc.id)) }))
  if (draft?.collection !== collection) return docs
  return withDraft(docs, await readDraft(payload, collection, draft, locale, titleField))
}

async function readDraft<C extends PublicCollection>(payload: Payload, collection: C, draft: DraftInclusion, locale: LocaleCode, titleField: string): Promise<Localized<PublicDocument<C>>> {
  const read = (fallback: boolean) =>
    payload.findByID({ collection, id: draft.id, locale, fallbackLocale: fallback ? defaultLocale : false, draft: true, depth: fallback ? 1 : 0, overrideAccess: false, user: draft.user })
  const [withFallback, own] = await Promise.all([read(true), locale === defaultLocale ? null : read(false)])
  return { ...withFallback, translated: hasTitle(own ?? withFallback, titleField) }
}

/** The published documents with the draft in its place, still in slug order. */
function withDraft<T extends { id: number; slug: string }>(docs: T[], draft: T): T[] {
  const others = docs.filter((doc) => doc.id !== draft.id)
  return [...others, draft].sort((a, b) => a.slug.localeCompare(b.slug))
}

function publicProgram({ schedule, overview: _overview, ...rest }: Localized<Program>): Omit<Localized<PublicProgram>, 'bodyHtml'> {
  return {
    ...rest,
    schedule: (schedule ?? []).map((week) => ({
      week: week.week,
      days: (week.days ?? []).map((day) => ({ day: day.day, slots: (day.slots ?? []).map((slot) => ({ start: slot.start, minutes: slot.minutes, kind: slot.kind })) })),
      psychoeducation: slugsOf(week.psychoeducation),
      holistic: slugsOf(week.holistic),
      family: slugsOf(week.family),
    })),
  }
}

async function snapshotLocale(payload: Payload, locale: LocaleCode, media: Set<string>, draft?: DraftInclusion): Promise<LocaleSnapshot> {
  const html = (state: unknown) => richTextHtml(state, media)
  const withHtml = <T extends { body?: unknown }>(docs: T[]) => docs.map(({ body, ...doc }) => ({ ...doc, bodyHtml: html(body) }))
  const [settings, conditions, psychoeducation, family, holistic, articles, programs] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: defaultLocale, overrideAccess: false }),
    readPublic(payload, 'conditions', locale, draft),
    readPublic(payload, 'psychoeducation', locale, draft),
    readPublic(payload, 'family', locale, draft),
    readPublic(payload, 'holistic', locale, draft),
    readPublic(payload, 'articles', locale, draft),
    readPublic(payload, 'programs', locale, draft),
  ])
  return {
    settings,
    conditions,
    psychoeducation: withHtml(psychoeducation),
    family: withHtml(family),
    holistic: withHtml(holistic),
    articles: withHtml(articles),
    programs: programs.map((doc) => ({ ...publicProgram(doc), bodyHtml: html(doc.overview) })),
  }
}

/**
 * The published content of every locale, exactly as an anonymous visitor may read it; for a
 * preview, with one draft read for its editor in place of its published version.
 */
export async function takeSnapshot(payload: Payload, options: { draft?: DraftInclusion } = {}): Promise<SiteSnapshot> {
  const byLocale: Record<string, LocaleSnapshot> = {}
  const media = new Set<string>()
  for (const locale of locales) byLocale[locale.code] = await snapshotLocale(payload, locale.code, media, options.draft)
  return { generatedAt: new Date().toISOString(), defaultLocale, locales: [...locales], byLocale, media: [...media].sort() }
}
