/** A locale-neutral page address: the part after /<locale>/, without slashes at either end ('' for home). */
export type PagePath = string

export function joinPath(...segments: (string | undefined)[]): PagePath {
  return segments
    .filter((s): s is string => Boolean(s))
    .flatMap((s) => s.split('/'))
    .filter(Boolean)
    .join('/')
}

/**
 * Where the site is served from: `/` for the public site, a folder of the CMS for a draft
 * preview (Astro's `base`, set through SITE_BASE). Outside Astro there is no base.
 */
function siteBase(): string {
  // Written out in full so that Astro replaces it at build time; elsewhere (tsx) it does not exist.
  try {
    return import.meta.env.BASE_URL ?? '/'
  } catch {
    return '/'
  }
}

/** A root-relative address under the site's base: `withBase('/favicon.svg')`. */
export function withBase(address: string, base: string = siteBase()): string {
  return `${base.replace(/\/+$/, '')}/${address.replace(/^\/+/, '')}`
}

/** The site address of a page in one locale, always with a trailing slash. */
export function localeUrl(locale: string, page: PagePath = ''): string {
  const rest = joinPath(page)
  return withBase(rest ? `/${locale}/${rest}/` : `/${locale}/`)
}

/** Splits a site address into its locale and locale-neutral page, or undefined if it has no known locale. */
export function splitLocaleUrl(url: string, localeCodes: readonly string[]): { locale: string; page: PagePath } | undefined {
  const [first, ...rest] = url.split(/[?#]/)[0]!.split('/').filter(Boolean)
  if (!first || !localeCodes.includes(first)) return undefined
  return { locale: first, page: joinPath(...rest) }
}

/** Links in site settings are written without a locale (/education); this puts them under one. */
export function settingsLink(locale: string, linkPath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(linkPath) || linkPath.startsWith('//')) return linkPath
  return localeUrl(locale, linkPath)
}
