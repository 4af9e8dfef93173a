import { describe, expect, it } from 'vitest'
import { allFilters, audienceOptions, conditionOptions, filterPage, filterParam, matchesFilter } from '../../../site/lib/moduleFilters'

const anxietyForAll = { audience: 'all' as const, conditions: [{ slug: 'anxiety', name: 'Anxiety' }] }
const teensDepression = { audience: 'adolescent' as const, conditions: [{ slug: 'depression', name: 'Depression' }] }

describe('education filters', () => {
  it('matches condition and audience; modules for everyone count for both audiences', () => {
    expect(matchesFilter(anxietyForAll, {})).toBe(true)
    expect(matchesFilter(anxietyForAll, { audience: 'adolescent' })).toBe(true)
    expect(matchesFilter(anxietyForAll, { condition: 'anxiety', audience: 'adult' })).toBe(true)
    expect(matchesFilter(anxietyForAll, { condition: 'depression' })).toBe(false)
    expect(matchesFilter(teensDepression, { audience: 'adult' })).toBe(false)
  })

  it('gives each filter its own address', () => {
    expect(filterPage({})).toBe('education')
    expect(filterPage({ condition: 'anxiety' })).toBe('education/about/anxiety')
    expect(filterPage({ audience: 'adult' })).toBe('education/for/adult')
    expect(filterPage({ condition: 'anxiety', audience: 'adolescent' })).toBe('education/about/anxiety/for/adolescent')
    expect(filterParam({})).toBeUndefined()
    expect(filterParam({ condition: 'anxiety', audience: 'adult' })).toBe('about/anxiety/for/adult')
  })

  it('lists every combination once, the unfiltered list first', () => {
    const filters = allFilters(['anxiety', 'depression'])
    expect(filters).toHaveLength(9)
    expect(filters[0]).toEqual({})
    expect(new Set(filters.map(filterPage)).size).toBe(9)
  })

  it('builds filter links that keep the other dimension', () => {
    const current = { condition: 'anxiety', audience: 'adult' as const }
    const conditions = conditionOptions(current, [{ slug: 'anxiety', name: 'Anxiety' }, { slug: 'depression', name: 'Depression' }])
    expect(conditions.map((o) => [o.href, o.current])).toEqual([
      ['education/for/adult', false],
      ['education/about/anxiety/for/adult', true],
      ['education/about/depression/for/adult', false],
    ])
    expect(audienceOptions(current).map((o) => o.href)).toEqual(['education/about/anxiety', 'education/about/anxiety/for/adult', 'education/about/anxiety/for/adolescent'])
  })
})
