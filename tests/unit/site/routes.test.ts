import { describe, expect, it } from 'vitest'
import { joinPath, localeUrl, settingsLink, splitLocaleUrl } from '../../../site/lib/routes'
import { documentPath } from '../../../site/lib/sections'

describe('routes', () => {
  it('joins page paths without stray slashes', () => {
    expect(joinPath('/education/', 'about/anxiety', undefined, '')).toBe('education/about/anxiety')
    expect(joinPath()).toBe('')
  })

  it('puts every page under its locale with a trailing slash', () => {
    expect(localeUrl('es')).toBe('/es/')
    expect(localeUrl('es', 'education/understanding-anxiety')).toBe('/es/education/understanding-anxiety/')
    expect(localeUrl('en', documentPath('holistic', 'body-scan'))).toBe('/en/exercises/body-scan/')
  })

  it('splits a site address into locale and page', () => {
    expect(splitLocaleUrl('/es/family/family-boundaries/?x=1', ['en', 'es'])).toEqual({ locale: 'es', page: 'family/family-boundaries' })
    expect(splitLocaleUrl('/fr/family/', ['en', 'es'])).toBeUndefined()
  })

  it('puts settings links under the locale but leaves other addresses alone', () => {
    expect(settingsLink('es', '/education')).toBe('/es/education/')
    expect(settingsLink('es', 'https://988lifeline.org')).toBe('https://988lifeline.org')
    expect(settingsLink('en', 'tel:988')).toBe('tel:988')
  })
})
