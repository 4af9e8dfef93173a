import type { z } from 'zod'

/**
 * What the file format, the importer, the CMS and the site need to know about a content type.
 * `shared` fields hold one value for every locale and live in the default-locale file only;
 * `localized` fields are written once per locale, each in its own file.
 */
export interface ContentTypeDefinition<
  Shared extends z.ZodObject = z.ZodObject,
  Localized extends z.ZodObject = z.ZodObject,
> {
  /** Payload collection slug. */
  collection: string
  /** Folder under curriculum/content/. */
  folder: string
  /** Human name used in messages. */
  label: string
  shared: Shared
  localized: Localized
  /**
   * Name of the localized Markdown body stored as Lexical rich text in the CMS,
   * or null when the type has no free-text body.
   */
  bodyField: string | null
  /** Who reads it: patient, family and public documents must exist in every locale. */
  readership: 'patients' | 'families' | 'public' | 'facilitators'
  /** Carries clinical sign-off (reviewer, reviewed date, next review due). */
  clinical: boolean | 'when-flagged'
}

export function defineContentType<Shared extends z.ZodObject, Localized extends z.ZodObject>(
  definition: ContentTypeDefinition<Shared, Localized>,
): ContentTypeDefinition<Shared, Localized> {
  return definition
}
