import type { SerializedEditorState } from 'lexical'
import { defaultLocale, localeCodes, type LocaleCode } from '../../curriculum/locales'
import type { BundleDocument } from '../../curriculum/format/bundle'
import type { z } from 'zod'
import { collectionOf, contentTypes, handoutTypes, type ContentTypeKey } from '../../curriculum/schemas'
import { isTextList, rowShape } from '../../curriculum/schemas/fieldShapes'
import type { MarkdownConverter } from '../richText/markdown'
import type { DocumentId, ReferenceIndex } from './referenceIndex'

/**
 * The one mapping between a bundle document (slugs, plain lists, YYYY-MM-DD dates, Markdown)
 * and a Payload document (ids, rows of `{ text }`, ISO dates, Lexical). Import and export both
 * go through it, which is what keeps the round trip lossless.
 */
type Row = Record<string, unknown>

/** The localized fields of a type, by name, with their schemas. */
const localizedShape = (type: ContentTypeKey): Readonly<Record<string, z.ZodType>> => contentTypes[type].localized.shape

// Dates are calendar days; noon UTC keeps them on the same day in every time zone.
const toIsoDate = (day: string): string => `${day}T12:00:00.000Z`
const toDay = (iso: unknown): string | undefined => (typeof iso === 'string' && iso.length >= 10 ? iso.slice(0, 10) : undefined)

const toRows = (values: unknown): Row[] => (Array.isArray(values) ? values.map((text) => ({ text })) : [])
const fromRows = (rows: unknown): string[] => (Array.isArray(rows) ? rows.map((row: Row) => String(row.text ?? '')) : [])
const idOf = (value: unknown): DocumentId => (typeof value === 'object' && value !== null ? ((value as Row).id as DocumentId) : (value as DocumentId))

function withoutEmpty(record: Row): Row {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined))
}

/** The localized fields and body of one locale, as Payload data. */
export function localizedToPayload(doc: BundleDocument, locale: LocaleCode, md: MarkdownConverter): Row {
  const fields = doc.localized[locale] ?? {}
  const shape = localizedShape(doc.type)
  const data: Row = {}
  for (const [name, value] of Object.entries(fields)) data[name] = valueToPayload(shape[name], value)
  const bodyField = contentTypes[doc.type].bodyField
  if (bodyField) data[bodyField] = md.toLexical(doc.body[locale] ?? '')
  return data
}

/** A bundle value as Payload stores it: lists of text as rows of `{ text }`, inside rows of records too. */
function valueToPayload(schema: z.ZodType | undefined, value: unknown): unknown {
  if (isTextList(schema)) return toRows(value)
  const rowFields = rowShape(schema)
  if (!rowFields || !Array.isArray(value)) return value
  return (value as Row[]).map((row) => Object.fromEntries(Object.entries(row).map(([key, inner]) => [key, valueToPayload(rowFields[key], inner)])))
}

/** A Payload value in the bundle's shape: rows of `{ text }` as plain text, row ids dropped. */
function valueFromPayload(schema: z.ZodType | undefined, value: unknown): unknown {
  if (isTextList(schema)) return fromRows(value)
  const rowFields = rowShape(schema)
  if (!rowFields || !Array.isArray(value)) return value
  return (value as Row[]).map((row) => Object.fromEntries(Object.keys(rowFields).map((key) => [key, valueFromPayload(rowFields[key], row[key])])))
}

/** The shared fields as Payload data, references resolved to ids. */
export function sharedToPayload(doc: BundleDocument, refs: ReferenceIndex): Row {
  const data: Row = { slug: doc.slug, ...doc.shared }
  const shared = doc.shared
  if (Array.isArray(shared.conditions)) data.conditions = (shared.conditions as string[]).map((slug) => refs.id(collectionOf('conditions'), slug))
  if (shared.review && typeof shared.review === 'object') {
    const review = shared.review as Row
    data.review = { reviewer: review.reviewer, reviewedOn: toIsoDate(String(review.reviewedOn)), nextReviewDue: toIsoDate(String(review.nextReviewDue)) }
  }
  if (typeof shared.publishedOn === 'string') data.publishedOn = toIsoDate(shared.publishedOn)
  if (doc.type === 'scripts') {
    data.handouts = ((shared.handouts ?? []) as string[]).map((slug) => {
      const collection = handoutTypes.map(collectionOf).find((c) => refs.has(c, slug))
      if (!collection) throw new Error(`No handout has the slug "${slug}"`)
      return { relationTo: collection, value: refs.id(collection, slug) }
    })
  }
  if (doc.type === 'programs') {
    data.schedule = (shared.schedule as Row[]).map((week) => ({
      week: week.week,
      days: (week.days as Row[]).map((day) => ({
        day: day.day,
        slots: (day.slots as Row[]).map((slot) => ({ ...slot, script: refs.id(collectionOf('scripts'), String(slot.script)) })),
      })),
      psychoeducation: (week.psychoeducation as string[]).map((slug) => refs.id(collectionOf('psychoeducation'), slug)),
      holistic: (week.holistic as string[]).map((slug) => refs.id(collectionOf('holistic'), slug)),
      family: (week.family as string[]).map((slug) => refs.id(collectionOf('family'), slug)),
    }))
  }
  return data
}

function sharedFromPayload(type: ContentTypeKey, doc: Row, refs: ReferenceIndex): Row {
  const shared: Row = {}
  for (const key of Object.keys(contentTypes[type].shared.shape)) {
    if (key === 'slug') continue
    const value = doc[key]
    if (value === null || value === undefined) continue
    switch (key) {
      case 'conditions':
        shared.conditions = (value as unknown[]).map((id) => refs.slug(collectionOf('conditions'), idOf(id)))
        break
      case 'review': {
        const review = value as Row
        if (review.reviewer) shared.review = { reviewer: review.reviewer, reviewedOn: toDay(review.reviewedOn), nextReviewDue: toDay(review.nextReviewDue) }
        break
      }
      case 'publishedOn':
        shared.publishedOn = toDay(value)
        break
      case 'references':
        shared.references = (value as Row[]).map((row) => withoutEmpty({ citation: row.citation, url: row.url }))
        break
      case 'handouts':
        shared.handouts = (value as Row[]).map((ref) => refs.slug(String(ref.relationTo), idOf(ref.value)))
        break
      case 'schedule':
        shared.schedule = (value as Row[]).map((week) => ({
          week: week.week,
          days: ((week.days ?? []) as Row[]).map((day) => ({
            day: day.day,
            slots: ((day.slots ?? []) as Row[]).map((slot) => ({ start: slot.start, minutes: slot.minutes, kind: slot.kind, script: refs.slug(collectionOf('scripts'), idOf(slot.script)) })),
          })),
          psychoeducation: ((week.psychoeducation ?? []) as unknown[]).map((id) => refs.slug(collectionOf('psychoeducation'), idOf(id))),
          holistic: ((week.holistic ?? []) as unknown[]).map((id) => refs.slug(collectionOf('holistic'), idOf(id))),
          family: ((week.family ?? []) as unknown[]).map((id) => refs.slug(collectionOf('family'), idOf(id))),
        }))
        break
      default:
        shared[key] = value
    }
  }
  return shared
}

function localizedFromPayload(type: ContentTypeKey, doc: Row, locale: LocaleCode): Row | undefined {
  const fields: Row = {}
  for (const [key, schema] of Object.entries(localizedShape(type))) {
    const value = (doc[key] as Row | null | undefined)?.[locale]
    if (value === null || value === undefined) continue
    fields[key] = valueFromPayload(schema, value)
  }
  return Object.keys(fields).length > 0 ? fields : undefined
}

/**
 * The localized fields of a document read in one locale (or of one locale's save data), in the
 * bundle's shape: what the quality checks and the translation hash read, exactly as the bundle
 * validator gives them. The body field is left out.
 */
export function localizedFieldsOfLocale(type: ContentTypeKey, doc: Row, locale: LocaleCode): Row {
  const asAllLocales: Row = {}
  for (const key of Object.keys(contentTypes[type].localized.shape)) if (key in doc) asAllLocales[key] = { [locale]: doc[key] }
  return localizedFromPayload(type, asAllLocales, locale) ?? {}
}

/**
 * A bundle field path as the Payload path of the same field: list rows hold `{ text }`, so
 * `keyPoints.1` is `keyPoints.1.text` and `segments.0.prompts.2` is `segments.0.prompts.2.text`;
 * the Markdown body is the type's rich-text field.
 */
export function payloadPathOf(type: ContentTypeKey, path: readonly (string | number)[]): (string | number)[] {
  const [first, index, inner, innerIndex] = path
  if (first === 'body' && path.length === 1) return [contentTypes[type].bodyField ?? 'body']
  if (typeof first !== 'string' || typeof index !== 'number') return [...path]
  const schema = localizedShape(type)[first]
  if (isTextList(schema) && path.length === 2) return [first, index, 'text']
  if (typeof inner === 'string' && typeof innerIndex === 'number' && path.length === 4 && isTextList(rowShape(schema)?.[inner])) return [...path, 'text']
  return [...path]
}

/** A Payload document read with `locale: 'all'` and `depth: 0`, as a bundle document. */
export function documentFromPayload(type: ContentTypeKey, doc: Row, refs: ReferenceIndex, md: MarkdownConverter): BundleDocument {
  const result: BundleDocument = { type, slug: String(doc.slug), shared: sharedFromPayload(type, doc, refs), localized: {}, body: {}, files: {} }
  const bodyField = contentTypes[type].bodyField
  for (const locale of localeCodes) {
    const fields = localizedFromPayload(type, doc, locale)
    if (!fields && locale !== defaultLocale) continue
    result.localized[locale] = fields ?? {}
    const state = bodyField ? ((doc[bodyField] as Row | null | undefined)?.[locale] as SerializedEditorState | null | undefined) : undefined
    result.body[locale] = state ? md.toMarkdown(state) : ''
  }
  return result
}
