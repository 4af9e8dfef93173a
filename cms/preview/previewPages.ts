import { documentPath, type DocumentSection } from '../../site/lib/routes'

/** The collections whose documents are pages of the public site, and the section each lives in. */
export const previewSections: Readonly<Record<string, DocumentSection>> = {
  'psychoeducation-modules': 'modules',
  'family-modules': 'family',
  'holistic-exercises': 'exercises',
  articles: 'articles',
  programs: 'programs',
}

export function isPreviewable(collection: string): boolean {
  return Object.hasOwn(previewSections, collection)
}

/** The site page of a document, in one locale, without the site's base: `es/education/sleep/`. */
export function previewPagePath(collection: string, slug: string, locale: string): string {
  const section = previewSections[collection]
  if (!section) throw new Error(`Documents of "${collection}" are not pages of the public site.`)
  return `${locale}/${documentPath(section, slug)}/`
}
