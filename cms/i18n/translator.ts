import i18next from 'i18next'
import { defaultLocale, type LocaleCode } from '../../curriculum/locales'
import { catalogs } from './catalogs'

export type Translate = (key: string, options?: Record<string, string | number>) => string

const translators = new Map<LocaleCode, Translate>()

/** A translate function for one locale; a missing string falls back to the default locale. */
export function translator(locale: LocaleCode): Translate {
  let t = translators.get(locale)
  if (!t) {
    const instance = i18next.createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: defaultLocale,
      resources: catalogs,
      ns: Object.keys(catalogs[defaultLocale]),
      defaultNS: 'facilitator',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    t = (key, options) => String(instance.t(key, options ?? {}))
    translators.set(locale, t)
  }
  return t
}
