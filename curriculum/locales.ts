/**
 * The one place locales are configured. Adding a locale (right-to-left included) is a line here
 * plus its UI strings in i18n/<code>/ and its content translations in the CMS or bundle.
 */
export type TextDirection = 'ltr' | 'rtl'

export interface LocaleConfig {
  code: string
  /** The language's own name, shown in the language switcher. */
  label: string
  dir: TextDirection
  /** BCP 47 tag for <html lang> and hreflang. */
  htmlLang: string
}

export const locales = [
  { code: 'en', label: 'English', dir: 'ltr', htmlLang: 'en' },
  { code: 'es', label: 'Español', dir: 'ltr', htmlLang: 'es' },
] as const satisfies readonly LocaleConfig[]

export type LocaleCode = (typeof locales)[number]['code']

export const defaultLocale: LocaleCode = 'en'

export const localeCodes: LocaleCode[] = locales.map((l) => l.code)

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as string[]).includes(value)
}

export function localeConfig(code: LocaleCode): LocaleConfig {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}"`)
  return found
}
