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
  // The strings never change during a build, and a page asks for the same few dozen: each
  // answer is kept (i18next's own lookup was a tenth of a 10,000-page build).
  const answers = new Map<string, string>()
  return (key, options) => {
    const asked = options ? `${key}\u0000${JSON.stringify(options)}` : key
    let answer = answers.get(asked)
    if (answer === undefined) {
      answer = String(instance.t(key, options ?? {}))
      answers.set(asked, answer)
    }
    return answer
  }
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
