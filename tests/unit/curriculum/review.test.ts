import { describe, expect, it } from 'vitest'
import { dueSoonHorizon, nextReviewDueFrom, reviewPolicy, reviewStatus } from '../../../curriculum/rules/review'

describe('clinical review dates', () => {
  it('default the next review to 12 months after the review', () => {
    expect(reviewPolicy.intervalMonths).toBe(12)
    expect(nextReviewDueFrom('2026-10-15')).toBe('2027-10-15')
    expect(nextReviewDueFrom('2024-02-29')).toBe('2025-02-28')
    expect(nextReviewDueFrom('2026-08-31', 6)).toBe('2027-02-28')
  })

  it('flag overdue and due-within-30-days content', () => {
    expect(reviewStatus('2026-11-22', '2026-11-23')).toBe('overdue')
    expect(reviewStatus('2026-11-23', '2026-11-23')).toBe('due-soon')
    expect(reviewStatus('2026-12-23', '2026-11-23')).toBe('due-soon')
    expect(reviewStatus('2026-12-24', '2026-11-23')).toBe('current')
    expect(dueSoonHorizon('2026-11-23')).toBe('2026-12-23')
  })
})
