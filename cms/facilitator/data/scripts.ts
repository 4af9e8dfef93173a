import { richTextToHtml } from '../../richText/html'
import { defaultLocale, type LocaleCode } from '../../../curriculum/locales'
import type { SessionScript } from '../../payload-types'
import type { AdaptationKind } from '../i18n/labels'
import { asUser, orNothing, type Actor } from './actor'
import { handoutKindOf, handoutTypeOfCollection } from '../../../curriculum/schemas'
import type { HandoutLink } from './programs'
import { handoutKey } from './scriptSnapshot'

export interface PublishedScript {
  id: number
  slug: string
  title: string
  minutes: number
  goals: string[]
  materials: string[]
  preparation: string
  segments: { name: string; minutes: number; prompts: string[] }[]
  adaptations: { kind: AdaptationKind; note: string }[]
  safetyNote: string
  notesHtml: string
  handouts: (HandoutLink & { key: string })[]
  /** When this version was published. */
  publishedAt: string
  /** The locale the script is shown in; the default locale when it is not written in the one asked for. */
  contentLocale: LocaleCode
  translated: boolean
}

const texts = (rows: { text: string }[] | null | undefined): string[] => (rows ?? []).map((row) => row.text)

type HandoutTitles = Map<string, { slug: string; title: string }>
type HandoutRef = NonNullable<SessionScript['handouts']>[number]

function toPublished(doc: SessionScript, contentLocale: LocaleCode, translated: boolean, titles: HandoutTitles): PublishedScript {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    minutes: doc.minutes,
    goals: texts(doc.goals),
    materials: texts(doc.materials),
    preparation: doc.preparation,
    segments: (doc.segments ?? []).map((segment) => ({ name: segment.name, minutes: segment.minutes, prompts: texts(segment.prompts) })),
    adaptations: (doc.adaptations ?? []).map((adaptation) => ({ kind: adaptation.kind, note: adaptation.note })),
    safetyNote: doc.safetyNote,
    notesHtml: richTextToHtml(doc.facilitatorNotes),
    handouts: (doc.handouts ?? []).flatMap((ref) => {
      const found = titles.get(handoutKey(ref))
      const type = handoutTypeOfCollection(ref.relationTo)
      return found && type ? [{ key: handoutKey(ref), kind: handoutKindOf(type), ...found }] : []
    }),
    publishedAt: doc.updatedAt,
    contentLocale,
    translated,
  }
}

async function readPublished(actor: Actor, ids: number[], locale: LocaleCode): Promise<SessionScript[]> {
  if (ids.length === 0) return []
  return orNothing(actor.payload.find({
    collection: 'session-scripts',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    locale,
    // No silent fallback: a script not written in this locale is read again in the default one, with a notice.
    fallbackLocale: false,
    draft: false,
    ...asUser(actor),
  }).then((result) => result.docs))
}

/**
 * The published versions of scripts this person may read, in `locale` where they are written in
 * it and otherwise in the default locale (marked untranslated). Drafts are never read.
 */
export async function findPublishedScripts(actor: Actor, ids: readonly number[], locale: LocaleCode): Promise<Map<number, PublishedScript>> {
  const unique = [...new Set(ids)]
  const own = (await readPublished(actor, unique, locale)).filter((doc) => Boolean(doc.title))
  const missing = unique.filter((id) => !own.some((doc) => doc.id === id))
  const fallback = missing.length > 0 && locale !== defaultLocale ? await readPublished(actor, missing, defaultLocale) : []
  const [ownTitles, fallbackTitles] = await Promise.all([handoutTitles(actor, own, locale), handoutTitles(actor, fallback, defaultLocale)])
  const found = new Map<number, PublishedScript>()
  for (const doc of own) found.set(doc.id, toPublished(doc, locale, true, ownTitles))
  for (const doc of fallback) found.set(doc.id, toPublished(doc, defaultLocale, false, fallbackTitles))
  return found
}

/** Titles of the published handouts the scripts name, one small query per kind of handout. */
async function handoutTitles(actor: Actor, scripts: readonly SessionScript[], locale: LocaleCode): Promise<HandoutTitles> {
  const ids = new Map<HandoutRef['relationTo'], Set<number>>()
  for (const script of scripts) {
    for (const ref of script.handouts ?? []) {
      const set = ids.get(ref.relationTo) ?? new Set<number>()
      set.add(typeof ref.value === 'object' ? ref.value.id : ref.value)
      ids.set(ref.relationTo, set)
    }
  }
  const titles: HandoutTitles = new Map()
  await Promise.all(
    [...ids.entries()].map(async ([collection, set]) => {
      const { docs } = await actor.payload.find({
        collection,
        where: { and: [{ id: { in: [...set] } }, { _status: { equals: 'published' } }] },
        select: { title: true, slug: true },
        depth: 0,
        pagination: false,
        locale,
        fallbackLocale: defaultLocale,
        ...asUser(actor),
      })
      for (const doc of docs) titles.set(`${collection}:${doc.id}`, { slug: doc.slug, title: doc.title })
    }),
  )
  return titles
}

export async function findPublishedScript(actor: Actor, id: number, locale: LocaleCode): Promise<PublishedScript | undefined> {
  return (await findPublishedScripts(actor, [id], locale)).get(id)
}
