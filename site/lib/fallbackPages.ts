import type { SiteSnapshot } from './siteSnapshot'
import { siteContentTypes } from '../../curriculum/schemas'
import { localeUrl } from './routes'
import { documentPath } from './sections'

/**
 * Addresses of pages shown in the default language because their document is not translated
 * into the page's locale. They carry a notice and name the original as canonical.
 */
export function fallbackPagePaths(snapshot: SiteSnapshot): string[] {
  const paths: string[] = []
  for (const [locale, content] of Object.entries(snapshot.byLocale)) {
    if (locale === snapshot.defaultLocale) continue
    for (const type of siteContentTypes) {
      for (const doc of content[type]) if (!doc.translated) paths.push(localeUrl(locale, documentPath(type, doc.slug)))
    }
  }
  return paths
}
