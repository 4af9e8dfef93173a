import { describe, expect, it } from 'vitest'
import { handoutLocale, workspaceLocale } from '../../../cms/facilitator/locale'
import { paths, safeReturnPath } from '../../../cms/facilitator/paths'

describe('workspace addresses', () => {
  it('returns after sign-in only to pages of the workspace', () => {
    expect(safeReturnPath('/facilitator/es/programs/adolescent', '/facilitator/en')).toBe('/facilitator/es/programs/adolescent')
    for (const unsafe of ['https://elsewhere.example/facilitator/', '//elsewhere.example/facilitator/x', '/admin', '/facilitator\\..\\admin', '', null]) {
      expect(safeReturnPath(unsafe, '/facilitator/en')).toBe('/facilitator/en')
    }
  })

  it('knows its locales, and prints handouts in the one asked for', () => {
    expect(workspaceLocale('es')).toBe('es')
    expect(workspaceLocale('fr')).toBeUndefined()
    expect(handoutLocale('es', 'en')).toBe('es')
    expect(handoutLocale(['es', 'en'], 'en')).toBe('es')
    expect(handoutLocale('xx', 'es')).toBe('es')
    expect(handoutLocale(undefined, 'en')).toBe('en')
  })

  it('builds every address from one place', () => {
    expect(paths.session('en', 'adolescent', 2, 3, 1)).toBe('/facilitator/en/programs/adolescent/weeks/2/days/3/sessions/1')
    expect(paths.signIn('es', '/facilitator/es/programs/x')).toBe('/facilitator/es/sign-in?next=%2Ffacilitator%2Fes%2Fprograms%2Fx')
    expect(paths.handout('en', 'education', 'cravings-and-urges', 'es')).toBe('/facilitator/en/handouts/education/cravings-and-urges?lang=es')
  })
})
