import { richTextToHtml } from '../../richText/html'
import { defaultLocale, type LocaleCode } from '../../../curriculum/locales'
import type { FamilyModule, HolisticExercise, PsychoeducationModule, SiteSetting } from '../../payload-types'
import type { Where } from 'payload'
import type { HandoutKind } from '../paths'
import { asUser, type Actor } from './actor'
import { collectionOf, handoutTypeOfKind } from '../../../curriculum/schemas'

/** A module or exercise as a patient handout, in the patient's language. */
export interface Handout {
  kind: HandoutKind
  id: number
  slug: string
  title: string
  summary: string
  objectives: string[]
  bodyHtml: string
  keyPoints: string[]
  tryThis?: string
  steps: string[]
  safetyNotes: string[]
  minutes?: number
  reviewer?: string
  reviewedOn?: string
  contentLocale: LocaleCode
  translated: boolean
}

type HandoutDoc = (PsychoeducationModule | FamilyModule | HolisticExercise) & Record<string, unknown>

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map((row: { text?: string }) => row.text ?? '').filter(Boolean) : [])

function toHandout(kind: HandoutKind, doc: HandoutDoc, contentLocale: LocaleCode, translated: boolean): Handout {
  return {
    kind,
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    objectives: texts(doc.objectives),
    bodyHtml: richTextToHtml(doc.body),
    keyPoints: texts(doc.keyPoints).slice(0, 3),
    tryThis: typeof doc.tryThis === 'string' ? doc.tryThis : undefined,
    steps: texts(doc.steps),
    safetyNotes: texts(doc.safetyNotes),
    minutes: typeof doc.minutes === 'number' ? doc.minutes : undefined,
    reviewer: doc.review?.reviewer ?? undefined,
    reviewedOn: doc.review?.reviewedOn ?? undefined,
    contentLocale,
    translated,
  }
}

async function read(actor: Actor, kind: HandoutKind, where: Where, locale: LocaleCode): Promise<HandoutDoc[]> {
  const { docs } = await actor.payload.find({
    collection: collectionOf(handoutTypeOfKind(kind)),
    where: { and: [where, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    locale,
    fallbackLocale: false,
    draft: false,
    ...asUser(actor),
  })
  return docs as HandoutDoc[]
}

/** Published handouts of one kind by slug, in `locale` or (marked untranslated) the default locale. */
export async function findHandouts(actor: Actor, kind: HandoutKind, slugs: readonly string[], locale: LocaleCode): Promise<Map<string, Handout>> {
  const found = new Map<string, Handout>()
  if (slugs.length === 0) return found
  for (const doc of await read(actor, kind, { slug: { in: [...new Set(slugs)] } }, locale)) if (doc.title) found.set(doc.slug, toHandout(kind, doc, locale, true))
  const missing = slugs.filter((slug) => !found.has(slug))
  if (missing.length > 0 && locale !== defaultLocale) {
    for (const doc of await read(actor, kind, { slug: { in: missing } }, defaultLocale)) found.set(doc.slug, toHandout(kind, doc, defaultLocale, false))
  }
  return found
}

export type CrisisResource = NonNullable<SiteSetting['crisisResources']>[number]

/** Where to get help now, in the patient's language: printed on every handout. */
export async function crisisResources(actor: Actor, locale: LocaleCode): Promise<CrisisResource[]> {
  const settings = await actor.payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: defaultLocale, depth: 0, ...asUser(actor) })
  return settings.crisisResources ?? []
}
