import { describe, expect, it } from 'vitest'
import { sitemapAlternates } from '../../../site/lib/sitemapAlternates'

const site = 'https://iop.example.org/'

describe('sitemapAlternates', () => {
  it('links pages that share a path across locales, in sitemap order, and leaves lone pages alone', () => {
    const alternates = sitemapAlternates({ en: 'en', es: 'es' }, 'en', site)
    for (const path of ['es/education/a/', 'en/education/a/', 'en/articles/only-in-english/', 'en/', 'es/']) alternates.accept(`${site}${path}`)
    expect(alternates.links(`${site}es/education/a/`)).toEqual([
      { url: `${site}en/education/a/`, lang: 'en' },
      { url: `${site}es/education/a/`, lang: 'es' },
    ])
    expect(alternates.links(`${site}en/`)).toEqual([
      { url: `${site}en/`, lang: 'en' },
      { url: `${site}es/`, lang: 'es' },
    ])
    expect(alternates.links(`${site}en/articles/only-in-english/`)).toBeUndefined()
    expect(alternates.links('https://elsewhere.example/en/')).toBeUndefined()
  })

  it('sorts numbers as numbers and uses each locale’s html language', () => {
    const alternates = sitemapAlternates({ en: 'en-US', es: 'es-419' }, 'en', site)
    for (const path of ['es/articles/10/', 'en/articles/10/', 'en/articles/9/', 'es/articles/9/']) alternates.accept(`${site}${path}`)
    expect(alternates.links(`${site}en/articles/10/`)?.map((l) => l.lang)).toEqual(['en-US', 'es-419'])
    expect(alternates.links(`${site}es/articles/9/`)?.map((l) => l.url)).toEqual([`${site}en/articles/9/`, `${site}es/articles/9/`])
  })
})
