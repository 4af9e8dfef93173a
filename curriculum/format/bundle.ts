import type { LocaleCode } from '../locales'
import type { ContentTypeKey } from '../schemas'

/** One file of a bundle, parsed. */
export interface BundleFile {
  /** Path relative to the bundle root, with forward slashes. */
  file: string
  type: ContentTypeKey
  slug: string
  locale: LocaleCode
  data: Record<string, unknown>
  body: string
  lineOf: (path: readonly (string | number)[]) => number
}

/** One document: its shared fields once, its localized fields and body per locale. */
export interface BundleDocument {
  type: ContentTypeKey
  slug: string
  shared: Record<string, unknown>
  localized: Partial<Record<LocaleCode, Record<string, unknown>>>
  body: Partial<Record<LocaleCode, string>>
  files: Partial<Record<LocaleCode, BundleFile>>
}

export function documentKey(type: ContentTypeKey, slug: string): string {
  return `${type}/${slug}`
}

/** File name of a document in a locale, relative to the bundle root. */
export function documentFile(type: ContentTypeKey, slug: string, locale: LocaleCode): string {
  return `${type}/${slug}.${locale}.md`
}
