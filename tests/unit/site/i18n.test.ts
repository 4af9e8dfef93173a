import { describe, expect, it } from 'vitest'
import { createTranslator, resourcesFrom, translator } from '../../../site/lib/i18n'

describe('i18n', () => {
  it('groups i18n/<locale>/<namespace>.json files', () => {
    expect(resourcesFrom({ '/i18n/en/common.json': { a: 'A' }, '/i18n/es/common.json': { a: 'Á' }, '/other/x.json': {} })).toEqual({ en: { common: { a: 'A' } }, es: { common: { a: 'Á' } } })
  })

  it('translates with plurals and interpolation, falling back to English', () => {
    const t = createTranslator('es', { en: { pages: { only: 'Only English', n_one: '{{count}} item', n_other: '{{count}} items' } }, es: { pages: { n_one: '{{count}} cosa', n_other: '{{count}} cosas' } } })
    expect(t('pages:n', { count: 1 })).toBe('1 cosa')
    expect(t('pages:n', { count: 3 })).toBe('3 cosas')
    expect(t('pages:only')).toBe('Only English')
  })

  it('loads the shipped strings without escaping (Astro escapes)', () => {
    expect(translator('es')('common:crisis.textKeyword', { keyword: 'AYUDA', number: '988' })).toBe('Envíe AYUDA al 988')
    expect(translator('en')('common:titleWithSite', { title: 'A & B', site: 'S' })).toBe('A & B · S')
  })
})
