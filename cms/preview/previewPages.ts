import { contentTypeKeyOfCollection, isSiteContentType, type SiteContentType } from '../../curriculum/schemas'
import { documentPath } from '../../site/lib/sections'

/** The site content type a collection holds, or undefined when its documents are not pages of the public site. */
function siteTypeOf(collection: string): SiteContentType | undefined {
  const type = contentTypeKeyOfCollection(collection)
  return type && isSiteContentType(type) ? type : undefined
}

export function isPreviewable(collection: string): boolean {
  return siteTypeOf(collection) !== undefined
}

/** The site page of a document, in one locale, without the site's base: `es/education/sleep/`. */
export function previewPagePath(collection: string, slug: string, locale: string): string {
  const type = siteTypeOf(collection)
  if (!type) throw new Error(`Documents of "${collection}" are not pages of the public site.`)
  return `${locale}/${documentPath(type, slug)}/`
}
