export interface SitemapLink {
  url: string
  lang: string
}

/**
 * The language alternates (hreflang) of every sitemap address, worked out in one pass.
 *
 * @astrojs/sitemap's own `i18n` option does the same by comparing every address with every
 * other, which took seconds at 12,000 pages and grows with the square of the site. This keeps its
 * rules: an address's path is what follows its locale segment; addresses sharing a path are
 * alternates of each other, in the sitemap's order (sorted, numbers as numbers); a page with no
 * alternate gets none. Feed it every address the sitemap keeps (`accept`, from the filter), then
 * ask for each one's links (`links`, from serialize, which runs after all filtering).
 */
export function sitemapAlternates(locales: Readonly<Record<string, string>>, defaultLocale: string, siteUrl: string) {
  const accepted: string[] = []
  let groups: Map<string, SitemapLink[]> | undefined

  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(siteUrl)) return undefined
    let rest = url.slice(siteUrl.length)
    if (!rest || rest === '/') return { locale: defaultLocale, path: '/' }
    if (!rest.startsWith('/')) rest = `/${rest}`
    const locale = rest.split('/')[1] ?? ''
    if (locale in locales) return { locale, path: rest.slice(1 + locale.length) || '/' }
    return { locale: defaultLocale, path: rest }
  }

  const group = (): Map<string, SitemapLink[]> => {
    const byPath = new Map<string, SitemapLink[]>()
    for (const url of [...accepted].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      const parsed = parse(url)
      if (!parsed) continue
      const links = byPath.get(parsed.path) ?? []
      links.push({ url, lang: locales[parsed.locale] ?? parsed.locale })
      byPath.set(parsed.path, links)
    }
    return byPath
  }

  return {
    accept(url: string): void {
      accepted.push(url)
      groups = undefined
    },
    links(url: string): SitemapLink[] | undefined {
      groups ??= group()
      const parsed = parse(url)
      const links = parsed ? groups.get(parsed.path) : undefined
      return links && links.length > 1 ? links : undefined
    },
  }
}
