import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { defaultLocale, locales, type LocaleCode, type LocaleConfig } from '../../curriculum/locales'
import type { Program } from '../payload-types'
import { richTextHtml } from './richTextHtml'
import type { LocaleSnapshot, PublicProgram, SiteSnapshot } from './siteSnapshot'

type Row = Record<string, unknown> & { id: number | string; slug?: string | null }


const slugOfRelation = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? ((value as Row).slug ?? undefined) : undefined

/**
 * A draft to show in place of (or beside) the published documents, for an editor's preview:
 * read for that editor, with their access, never as the public.
 */
export interface DraftInclusion {
  collection: CollectionSlug
  id: number | string
  user: NonNullable<PayloadRequest['user']>
}

/** Reads one collection as the anonymous public, marking documents that are not translated. */
async function readPublic(payload: Payload, collection: CollectionSlug, locale: LocaleCode, titleField: string, draft?: DraftInclusion): Promise<(Row & { translated: boolean })[]> {
  const shownRead = () => payload.find({ collection, locale, fallbackLocale: defaultLocale, depth: 1, pagination: false, sort: 'slug', overrideAccess: false })
  // Whether a document is translated needs only its title in this locale, without fallback.
  const titlesRead = () => payload.find({ collection, locale, fallbackLocale: false, depth: 0, pagination: false, overrideAccess: false, select: { [titleField]: true } })
  const [shown, own] = await Promise.all([shownRead(), locale === defaultLocale ? null : titlesRead()])
  const translatedIds = new Set((own ?? shown).docs.filter((doc) => Boolean((doc as unknown as Row)[titleField])).map((doc) => String(doc.id)))
  const docs = (shown.docs as unknown as Row[]).map((doc) => ({ ...doc, translated: translatedIds.has(String(doc.id)) }))
  if (draft?.collection !== collection) return docs
  return withDraft(docs, await readDraft(payload, draft, locale, titleField))
}

async function readDraft(payload: Payload, draft: DraftInclusion, locale: LocaleCode, titleField: string): Promise<Row & { translated: boolean }> {
  const read = (fallback: boolean) =>
    payload.findByID({ collection: draft.collection, id: draft.id, locale, fallbackLocale: fallback ? defaultLocale : false, draft: true, depth: fallback ? 1 : 0, overrideAccess: false, user: draft.user })
  const [withFallback, own] = await Promise.all([read(true), locale === defaultLocale ? null : read(false)])
  const translated = Boolean(((own ?? withFallback) as unknown as Row)[titleField])
  return { ...(withFallback as unknown as Row), translated }
}

/** The published documents with the draft in its place, still in slug order. */
function withDraft<T extends Row>(docs: T[], draft: T): T[] {
  const others = docs.filter((doc) => String(doc.id) !== String(draft.id))
  return [...others, draft].sort((a, b) => String(a.slug ?? '').localeCompare(String(b.slug ?? '')))
}

function publicProgram(program: Program): Omit<PublicProgram, 'bodyHtml'> {
  const { schedule, overview: _overview, ...rest } = program
  return {
    ...rest,
    schedule: (schedule ?? []).map((week) => ({
      week: week.week,
      days: (week.days ?? []).map((day) => ({ day: day.day, slots: (day.slots ?? []).map((slot) => ({ start: slot.start, minutes: slot.minutes, kind: slot.kind })) })),
      psychoeducation: (week.psychoeducation ?? []).map(slugOfRelation).filter((s): s is string => Boolean(s)),
      holistic: (week.holistic ?? []).map(slugOfRelation).filter((s): s is string => Boolean(s)),
      family: (week.family ?? []).map(slugOfRelation).filter((s): s is string => Boolean(s)),
    })),
  }
}

async function snapshotLocale(payload: Payload, locale: LocaleCode, media: Set<string>, draft?: DraftInclusion): Promise<LocaleSnapshot> {
  const html = (state: unknown) => richTextHtml(state, media)
  const withHtml = <T extends Row>(docs: T[]) => docs.map(({ body, ...doc }) => ({ ...doc, bodyHtml: html(body) }))
  const [settings, conditions, psychoeducation, family, holistic, articles, programs] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: defaultLocale, overrideAccess: false }),
    readPublic(payload, 'conditions', locale, 'name', draft),
    readPublic(payload, 'psychoeducation-modules', locale, 'title', draft),
    readPublic(payload, 'family-modules', locale, 'title', draft),
    readPublic(payload, 'holistic-exercises', locale, 'title', draft),
    readPublic(payload, 'articles', locale, 'title', draft),
    readPublic(payload, 'programs', locale, 'name', draft),
  ])
  return {
    settings,
    conditions,
    psychoeducation: withHtml(psychoeducation),
    family: withHtml(family),
    holistic: withHtml(holistic),
    articles: withHtml(articles),
    programs: programs.map((doc) => ({ ...publicProgram(doc as unknown as Program), bodyHtml: html(doc.overview), translated: doc.translated })),
  } as unknown as LocaleSnapshot
}

/**
 * The published content of every locale, exactly as an anonymous visitor may read it; for a
 * preview, with one draft read for its editor in place of its published version.
 */
export async function takeSnapshot(payload: Payload, options: { draft?: DraftInclusion } = {}): Promise<SiteSnapshot> {
  const byLocale: Record<string, LocaleSnapshot> = {}
  const media = new Set<string>()
  for (const locale of locales) byLocale[locale.code] = await snapshotLocale(payload, locale.code, media, options.draft)
  return { generatedAt: new Date().toISOString(), defaultLocale, locales: locales as unknown as LocaleConfig[], byLocale, media: [...media].sort() }
}
