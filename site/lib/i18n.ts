/// <reference types="vite/client" />
import i18next from 'i18next'
import { defaultLocale } from '../../curriculum/locales'

/** UI strings: i18n/<locale>/<namespace>.json, bundled at build time. */
const files = import.meta.glob<Record<string, unknown>>('/i18n/*/*.json', { eager: true, import: 'default' })

export type Translate = (key: string, options?: Record<string, string | number>) => string

export type Resources = Record<string, Record<string, Record<string, unknown>>>

/** Groups JSON files named i18n/<locale>/<namespace>.json by locale and namespace. */
export function resourcesFrom(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {}
  for (const [file, strings] of Object.entries(modules)) {
    const match = /\/i18n\/([^/]+)\/([^/]+)\.json$/.exec(file)
    if (!match) continue
    const [, locale, namespace] = match as unknown as [string, string, string]
    resources[locale] ??= {}
    resources[locale][namespace] = strings
  }
  return resources
}

/** A translate function for one locale; missing strings fall back to the default locale. */
export function createTranslator(locale: string, resources: Resources): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: defaultLocale,
    resources,
    ns: Object.keys(resources[defaultLocale] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return (key, options) => String(instance.t(key, options ?? {}))
}

const translators = new Map<string, Translate>()
let shipped: Resources | undefined

/** The site's translate function for a locale, from the shipped i18n files. */
export function translator(locale: string): Translate {
  let t = translators.get(locale)
  if (!t) {
    shipped ??= resourcesFrom(files)
    t = createTranslator(locale, shipped)
    translators.set(locale, t)
  }
  return t
}
