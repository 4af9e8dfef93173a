import type { z } from 'zod'
import type { LocaleCode } from '../locales'

/** What staff call a content type, in one language. */
export interface ContentTypeLabel {
  singular: string
  plural: string
}

/**
 * Everything the file format, the importer, the CMS, the facilitator workspace and the site need
 * to know about a content type: its one registry entry. Every mapping (collection, bundle folder,
 * site section, handout kind, review list, labels) is derived from these entries, so adding a
 * type is its schema file plus one line in `./index.ts`.
 *
 * `shared` fields hold one value for every locale and live in the default-locale file only;
 * `localized` fields are written once per locale, each in its own file.
 */
export interface ContentTypeDefinition<
  Shared extends z.ZodObject = z.ZodObject,
  Localized extends z.ZodObject = z.ZodObject,
  Collection extends string = string,
> {
  /** Payload collection slug (also the name of its database tables, so never renamed lightly). */
  readonly collection: Collection
  /** What staff call it: the admin's collection names, the CMS's own views, messages. */
  readonly labels: Readonly<Record<LocaleCode, ContentTypeLabel>>
  /** The localized field that names a document (the admin's title column, "is it translated?"). */
  readonly titleField: 'title' | 'name'
  /**
   * The path segment of its pages on the public site, under /<locale>/ (`education` gives
   * /en/education/<slug>/), or null when its documents are not pages of the public site.
   */
  readonly siteSection: string | null
  /**
   * The path segment of its printable handouts in the facilitator workspace
   * (/facilitator/<locale>/handouts/<kind>/<slug>), or null when a session script cannot hand it out.
   */
  readonly handoutKind: string | null
  /** Who reads it: patient, family and public documents must exist in every locale. */
  readonly readership: 'patients' | 'families' | 'public' | 'facilitators'
  /** Carries clinical sign-off (reviewer, reviewed date, next review due). */
  readonly clinical: boolean | 'when-flagged'
  /**
   * Name of the localized Markdown body stored as Lexical rich text in the CMS,
   * or null when the type has no free-text body.
   */
  readonly bodyField: string | null
  readonly shared: Shared
  readonly localized: Localized
}

/** Keeps the literal values of an entry (its collection slug, sections) for the types derived from it. */
export function defineContentType<const Definition extends ContentTypeDefinition>(definition: Definition): Definition {
  return definition
}
