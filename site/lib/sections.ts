import { contentTypes, siteContentTypes, type SiteContentType } from '../../curriculum/schemas'
import { joinPath, type PagePath } from './routes'

/**
 * Where each kind of page lives on the site, under /<locale>/: one section per content type whose
 * documents are pages (its `siteSection` in the registry), then help and search. Kept apart from
 * ./routes so the search script, which needs only addresses, does not load the content schemas.
 */
export const sections: Readonly<Record<SiteContentType | 'help' | 'search', PagePath>> = {
  ...(Object.fromEntries(siteContentTypes.map((type) => [type, contentTypes[type].siteSection])) as Record<SiteContentType, PagePath>),
  help: 'help',
  search: 'search',
}

export type Section = keyof typeof sections

/** The page of one document, without its locale: `education/understanding-anxiety`. */
export function documentPath(type: SiteContentType, slug: string): PagePath {
  return joinPath(sections[type], slug)
}
