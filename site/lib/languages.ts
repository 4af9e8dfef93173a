import { defaultLocale, locales, type LocaleConfig } from '../../curriculum/locales'
import { localeUrl, type PagePath } from './routes'

export const siteLocales: readonly LocaleConfig[] = locales
export const siteDefaultLocale: string = defaultLocale
export const localeCodes: string[] = siteLocales.map((l) => l.code)

export function localeOf(code: string): LocaleConfig {
  const found = siteLocales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}"`)
  return found
}

export interface LanguageLink {
  code: string
  label: string
  htmlLang: string
  href: string
  current: boolean
}

/** The language switcher: the same page in every locale. */
export function languageLinks(page: PagePath, current: string, all: readonly LocaleConfig[] = siteLocales): LanguageLink[] {
  return all.map((l) => ({ code: l.code, label: l.label, htmlLang: l.htmlLang, href: localeUrl(l.code, page), current: l.code === current }))
}

export interface PageLanguages {
  /** The language the page's main content is written in (differs from the locale on a fallback page). */
  contentLocale: string
  /** True when this locale has no translation and the default locale's content is shown. */
  fallback: boolean
  canonical: string
  alternates: { hreflang: string; href: string }[]
}

/**
 * Canonical and hreflang for a page, honest about translations: only locales that really have
 * the page in their language are alternates, and an untranslated page names the original as
 * canonical. `translatedIn` lists those locales (every locale for pages made of UI text only).
 */
export function pageLanguages(args: { page: PagePath; locale: string; translatedIn: readonly string[]; site: string | URL; all?: readonly LocaleConfig[]; defaultCode?: string }): PageLanguages {
  const all = args.all ?? siteLocales
  const defaultCode = args.defaultCode ?? siteDefaultLocale
  const translated = all.filter((l) => args.translatedIn.includes(l.code))
  const fallback = !args.translatedIn.includes(args.locale)
  const contentLocale = fallback ? defaultCode : args.locale
  const absolute = (code: string) => new URL(localeUrl(code, args.page), args.site).href
  const alternates = translated.map((l) => ({ hreflang: l.htmlLang, href: absolute(l.code) }))
  const xDefault = translated.some((l) => l.code === defaultCode) ? defaultCode : translated[0]?.code
  if (xDefault) alternates.push({ hreflang: 'x-default', href: absolute(xDefault) })
  return { contentLocale, fallback, canonical: absolute(contentLocale), alternates }
}

export interface ContentLanguage {
  /** True when this locale has no translation of the document and the default locale's text is shown. */
  fallback: boolean
  /** The `lang` for the document's own text when it differs from the page's (undefined otherwise). */
  lang: string | undefined
}

/** Which language a document's text on a page is in, so screen readers and search read it right. */
export function contentLanguage(doc: { translated: boolean }, locale: string): ContentLanguage {
  const fallback = !doc.translated && locale !== siteDefaultLocale
  return { fallback, lang: fallback ? localeOf(siteDefaultLocale).htmlLang : undefined }
}
