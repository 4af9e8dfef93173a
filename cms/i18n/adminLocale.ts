import { defaultLocale, isLocaleCode, type LocaleCode } from '../../curriculum/locales'

/** The locale of the admin's own language (its language menu), for our custom views' strings. */
export function adminLocale(language: string | undefined): LocaleCode {
  return language && isLocaleCode(language) ? language : defaultLocale
}
