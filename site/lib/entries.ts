import type { LocaleSnapshot, SiteSnapshot } from './siteSnapshot'
import type { Condition } from '../../cms/payload-types'
import { siteContentTypes, type SiteContentType } from '../../curriculum/schemas'
import { cleanBodyHtml } from './cleanHtml'

/**
 * The collections the site's content loader fills from the snapshot: one per content type whose
 * documents are pages, named by its registry key, then the conditions (labels and filters) and
 * the site settings.
 */
export type CollectionName = SiteContentType | 'conditions' | 'settings'
export const collectionNames: readonly CollectionName[] = [...siteContentTypes, 'conditions', 'settings']

type Internal = 'reviewedBy' | 'workflowState' | 'createdAt' | 'updatedAt' | '_status' | 'id'

/** A condition as a page needs it: enough to label and link, not the whole record. */
export interface ConditionRef {
  slug: string
  name: string
}

/** A published document as stored for one locale: internals dropped, conditions reduced to labels. */
export type Stored<T> = Omit<T, Internal | 'conditions'> & { locale: string; conditions: ConditionRef[] }

export type ModuleEntry = Stored<LocaleSnapshot['psychoeducation'][number]>
export type FamilyEntry = Stored<LocaleSnapshot['family'][number]>
export type ExerciseEntry = Stored<LocaleSnapshot['holistic'][number]>
export type ArticleEntry = Stored<LocaleSnapshot['articles'][number]>
export type ProgramEntry = Stored<LocaleSnapshot['programs'][number]>
export type ConditionEntry = Omit<LocaleSnapshot['conditions'][number], Internal> & { locale: string }
export type SettingsEntry = Omit<LocaleSnapshot['settings'], 'id' | 'createdAt' | 'updatedAt'> & { locale: string }

export interface EntryData {
  psychoeducation: ModuleEntry
  family: FamilyEntry
  holistic: ExerciseEntry
  articles: ArticleEntry
  programs: ProgramEntry
  conditions: ConditionEntry
  settings: SettingsEntry
}

export interface SnapshotEntry<K extends CollectionName> {
  id: string
  data: EntryData[K]
}

function conditionRefs(values: unknown): ConditionRef[] {
  if (!Array.isArray(values)) return []
  return values
    .filter((value): value is Condition => typeof value === 'object' && value !== null && 'slug' in value)
    .map((condition) => ({ slug: condition.slug, name: condition.name }))
}

type Internals = { [K in Internal]?: unknown }

function withoutInternals<T extends Internals>(doc: T): Omit<T, Internal> {
  const { reviewedBy: _r, workflowState: _w, createdAt: _c, updatedAt: _u, _status: _s, id: _i, ...rest } = doc
  return rest
}

function stored<T extends Internals & { conditions?: unknown; bodyHtml: string }>(locale: string, doc: T): Stored<T> {
  const { reviewedBy: _r, workflowState: _w, createdAt: _c, updatedAt: _u, _status: _s, id: _i, conditions, ...rest } = doc
  return { ...rest, bodyHtml: cleanBodyHtml(doc.bodyHtml), locale, conditions: conditionRefs(conditions) }
}

const byLocale = <K extends CollectionName>(snapshot: SiteSnapshot, shape: (locale: string, content: LocaleSnapshot) => SnapshotEntry<K>[]): SnapshotEntry<K>[] =>
  Object.entries(snapshot.byLocale).flatMap(([locale, content]) => shape(locale, content))

const entry = <K extends CollectionName>(locale: string, slug: string, data: EntryData[K]): SnapshotEntry<K> => ({ id: `${locale}/${slug}`, data })

/** Every entry of one collection, in every locale, keyed `<locale>/<slug>`. */
export function entriesOf<K extends CollectionName>(name: K, snapshot: SiteSnapshot): SnapshotEntry<K>[] {
  const shapes: { [C in CollectionName]: (locale: string, content: LocaleSnapshot) => SnapshotEntry<C>[] } = {
    psychoeducation: (locale, content) => content.psychoeducation.map((doc) => entry<'psychoeducation'>(locale, doc.slug, stored(locale, doc))),
    family: (locale, content) => content.family.map((doc) => entry<'family'>(locale, doc.slug, stored(locale, doc))),
    holistic: (locale, content) => content.holistic.map((doc) => entry<'holistic'>(locale, doc.slug, stored(locale, doc))),
    articles: (locale, content) => content.articles.map((doc) => entry<'articles'>(locale, doc.slug, stored(locale, doc))),
    programs: (locale, content) => content.programs.map((doc) => entry<'programs'>(locale, doc.slug, stored(locale, doc))),
    conditions: (locale, content) => content.conditions.map((doc) => entry<'conditions'>(locale, doc.slug, { ...withoutInternals(doc), locale })),
    settings: (locale, content) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...settings } = content.settings
      return [{ id: locale, data: { ...settings, locale } }]
    },
  }
  return byLocale(snapshot, shapes[name])
}
