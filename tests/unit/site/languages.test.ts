import { describe, expect, it } from 'vitest'
import { contentLanguage, languageLinks, pageLanguages } from '../../../site/lib/languages'
import { negotiateLocale } from '../../../site/lib/negotiateLocale'

const site = 'https://iop.example.org'

describe('language switcher', () => {
  it('links to the same page in every locale, marking the current one', () => {
    expect(languageLinks('education/understanding-anxiety', 'es')).toEqual([
      { code: 'en', label: 'English', htmlLang: 'en', href: '/en/education/understanding-anxiety/', current: false },
      { code: 'es', label: 'Español', htmlLang: 'es', href: '/es/education/understanding-anxiety/', current: true },
    ])
  })
})

describe('canonical and hreflang', () => {
  it('lists every translated locale and points x-default at the default locale', () => {
    const result = pageLanguages({ page: 'family', locale: 'es', translatedIn: ['en', 'es'], site })
    expect(result.fallback).toBe(false)
    expect(result.contentLocale).toBe('es')
    expect(result.canonical).toBe(`${site}/es/family/`)
    expect(result.alternates).toEqual([
      { hreflang: 'en', href: `${site}/en/family/` },
      { hreflang: 'es', href: `${site}/es/family/` },
      { hreflang: 'x-default', href: `${site}/en/family/` },
    ])
  })

  it('makes an untranslated page a fallback whose canonical is the original', () => {
    const result = pageLanguages({ page: 'articles/new', locale: 'es', translatedIn: ['en'], site })
    expect(result.fallback).toBe(true)
    expect(result.contentLocale).toBe('en')
    expect(result.canonical).toBe(`${site}/en/articles/new/`)
    expect(result.alternates.map((a) => a.hreflang)).toEqual(['en', 'x-default'])
  })
})

describe('negotiateLocale', () => {
  const available = ['en', 'es']
  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,es;q=0.5', 'es'],
    ['fr-FR,de;q=0.5', 'en'],
    ['en;q=0.2,es;q=0.8', 'es'],
    ['es;q=0', 'en'],
    ['*', 'en'],
    ['', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header, available, 'en')).toBe(expected)
  })

  it('falls back when there is no header', () => {
    expect(negotiateLocale(undefined, available, '')).toBe('')
  })
})

describe("a document's own language on a page", () => {
  it('marks untranslated text shown in a Spanish page as English, and nothing else', () => {
    expect(contentLanguage({ translated: false }, 'es')).toEqual({ fallback: true, lang: 'en' })
    expect(contentLanguage({ translated: true }, 'es')).toEqual({ fallback: false, lang: undefined })
    expect(contentLanguage({ translated: false }, 'en')).toEqual({ fallback: false, lang: undefined })
  })
})
