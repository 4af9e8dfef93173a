import { describe, expect, it } from 'vitest'
import { searchQueryFrom, searchVariants, stripAccents } from '../../../site/lib/search'

describe('search', () => {
  it('reads the words and filters from the address', () => {
    expect(searchQueryFrom(new URLSearchParams('q=+ansiedad+&type=Ejercicio&audience=&condition=Ansiedad'))).toEqual({ term: 'ansiedad', filters: { type: 'Ejercicio', condition: 'Ansiedad' } })
    expect(searchQueryFrom(new URLSearchParams('')).term).toBe('')
  })

  it('also searches the accented Spanish word for an unaccented one', () => {
    expect(searchVariants('Depresion', 'es')).toEqual(['depresion', 'depresión'])
    expect(searchVariants('estres y sueno', 'es')).toEqual(['estres y sueno', 'estrés y sueño'])
  })

  it('corrects common misspellings per language, keeping what was typed first', () => {
    expect(searchVariants('anxeity', 'en')).toEqual(['anxeity', 'anxiety'])
    expect(searchVariants('anxiety', 'en')).toEqual(['anxiety'])
    expect(searchVariants('depresion', 'en')).toEqual(['depresion', 'depression'])
    expect(searchVariants('   ', 'en')).toEqual([])
  })

  it('strips accents but keeps letters', () => {
    expect(stripAccents('depresión ñ')).toBe('depresion n')
  })
})
