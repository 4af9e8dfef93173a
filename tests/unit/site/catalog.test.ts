import { describe, expect, it } from 'vitest'
import { byTitle, familyTopicOrder, groupBy, newestFirst, reviewOf } from '../../../site/lib/catalog'
import { cleanBodyHtml } from '../../../site/lib/cleanHtml'

describe('catalog helpers', () => {
  it('sorts titles the reader’s way, accents included', () => {
    expect(byTitle([{ title: 'Límites' }, { title: 'Ansiedad' }, { title: 'Ánimo' }], 'es').map((d) => d.title)).toEqual(['Ánimo', 'Ansiedad', 'Límites'])
  })

  it('puts the newest articles first', () => {
    const docs = [
      { title: 'B', publishedOn: '2026-01-01T12:00:00.000Z' },
      { title: 'A', publishedOn: '2026-03-01T12:00:00.000Z' },
      { title: 'C', publishedOn: '2026-01-01T12:00:00.000Z' },
    ]
    expect(newestFirst(docs).map((d) => d.title)).toEqual(['A', 'B', 'C'])
  })

  it('groups in a fixed order and drops empty groups', () => {
    const groups = groupBy([{ topic: 'boundaries' as const }, { topic: 'communication' as const }], (d) => d.topic, familyTopicOrder)
    expect(groups.map((g) => g.key)).toEqual(['communication', 'boundaries'])
  })

  it('shows a review only when someone reviewed the page', () => {
    expect(reviewOf({ review: { reviewer: 'Dana Whitfield, LCSW', reviewedOn: '2026-10-15', nextReviewDue: '2027-10-15' } })).toEqual({ reviewer: 'Dana Whitfield, LCSW', reviewedOn: '2026-10-15', nextReviewDue: '2027-10-15' })
    expect(reviewOf({ review: { reviewer: null, reviewedOn: null } })).toBeUndefined()
    expect(reviewOf({})).toBeUndefined()
  })
})

describe('cleanBodyHtml', () => {
  it('drops inline styles and empty attributes the CSP would refuse', () => {
    const html = '<ul class="list-bullet"><li\n          class=""\n          style=""\n          value="1"\n        >One</li><li style="color: red" value="2">Two</li></ul>'
    expect(cleanBodyHtml(html)).toBe('<ul class="list-bullet"><li value="1">One</li><li value="2">Two</li></ul>')
  })

  it('keeps outbound links from telling other sites where the reader came from', () => {
    expect(cleanBodyHtml('<a href="https://988lifeline.org">988</a> <a href="/en/help/">help</a>')).toBe('<a href="https://988lifeline.org" rel="noopener noreferrer">988</a> <a href="/en/help/">help</a>')
  })
})
