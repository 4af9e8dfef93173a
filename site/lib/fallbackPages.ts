import type { SiteSnapshot } from '../../cms/publish/siteSnapshot'
import { documentPath, localeUrl, type DocumentSection } from './routes'

/** The snapshot collection behind each kind of document page. */
export const snapshotCollections = {
  modules: 'psychoeducation',
  family: 'family',
  exercises: 'holistic',
  articles: 'articles',
  programs: 'programs',
} as const satisfies Record<DocumentSection, string>

/**
 * Addresses of pages shown in the default language because their document is not translated
 * into the page's locale. They carry a notice and name the original as canonical.
 */
export function fallbackPagePaths(snapshot: SiteSnapshot): string[] {
  const paths: string[] = []
  for (const [locale, content] of Object.entries(snapshot.byLocale)) {
    if (locale === snapshot.defaultLocale) continue
    for (const [section, collection] of Object.entries(snapshotCollections) as [DocumentSection, (typeof snapshotCollections)[DocumentSection]][]) {
      for (const doc of content[collection]) if (!doc.translated) paths.push(localeUrl(locale, documentPath(section, doc.slug)))
    }
  }
  return paths
}
