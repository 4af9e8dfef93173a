/** When clinical content is due for review again, and how soon that is. */

export const reviewPolicy = {
  /** Default months between a clinical review and the next one. */
  intervalMonths: 12,
  /** Content due within this many days is flagged "due soon". */
  dueSoonDays: 30,
} as const

export type ReviewStatus = 'overdue' | 'due-soon' | 'current'

function parseDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`)
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The next review date, `months` after the review (clamped to the month's last day). */
export function nextReviewDueFrom(reviewedOn: string, months: number = reviewPolicy.intervalMonths): string {
  const reviewed = parseDay(reviewedOn)
  const target = new Date(Date.UTC(reviewed.getUTCFullYear(), reviewed.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(reviewed.getUTCDate(), lastDay))
  return isoDay(target)
}

export function reviewStatus(nextReviewDue: string, today: string, dueSoonDays: number = reviewPolicy.dueSoonDays): ReviewStatus {
  const daysLeft = Math.round((parseDay(nextReviewDue).getTime() - parseDay(today).getTime()) / 86_400_000)
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= dueSoonDays) return 'due-soon'
  return 'current'
}

/** The last day that still counts as "due soon" when seen from `today`. */
export function dueSoonHorizon(today: string, dueSoonDays: number = reviewPolicy.dueSoonDays): string {
  const horizon = parseDay(today)
  horizon.setUTCDate(horizon.getUTCDate() + dueSoonDays)
  return isoDay(horizon)
}
