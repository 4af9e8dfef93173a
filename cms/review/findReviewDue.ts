import type { Payload, PayloadRequest } from 'payload'
import { dueSoonHorizon, reviewStatus, type ReviewStatus } from '../../curriculum/rules/review'
import { collectionOf, reviewedContentTypes, type CollectionOf, type ReviewedContentType } from '../../curriculum/schemas'

export interface ReviewDueItem {
  collection: CollectionOf<ReviewedContentType>
  id: number | string
  title: string
  reviewer: string
  nextReviewDue: string
  status: Exclude<ReviewStatus, 'current'>
}

/**
 * Published clinical content whose review is overdue or due within the policy's window, most
 * urgent first. Runs with the caller's access when a request is given.
 */
export async function findReviewDue(payload: Payload, today: string, req?: Partial<PayloadRequest>): Promise<ReviewDueItem[]> {
  const horizon = `${dueSoonHorizon(today)}T23:59:59.999Z`
  const items: ReviewDueItem[] = []
  for (const type of reviewedContentTypes) {
    const collection = collectionOf(type)
    const { docs } = await payload.find({
      collection,
      where: { and: [{ 'review.nextReviewDue': { less_than_equal: horizon } }, { _status: { equals: 'published' } }] },
      sort: 'review.nextReviewDue',
      depth: 0,
      pagination: false,
      locale: 'en',
      ...(req ? { req, user: req.user, overrideAccess: false } : {}),
    })
    for (const doc of docs) {
      const due = doc.review?.nextReviewDue?.slice(0, 10)
      if (!due) continue
      const status = reviewStatus(due, today)
      if (status === 'current') continue
      items.push({ collection, id: doc.id, title: ('title' in doc ? doc.title : doc.name) || String(doc.id), reviewer: doc.review?.reviewer?.trim() || 'No reviewer recorded', nextReviewDue: due, status })
    }
  }
  return items.sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue))
}

/** One reviewer's share of the reviews due, most urgent first. */
export interface ReviewerQueue {
  reviewer: string
  overdue: number
  dueSoon: number
  items: ReviewDueItem[]
}

/**
 * Reviews due grouped by the reviewer who signed the last review (who knows the content best and
 * is asked first), the reviewer with the most urgent item first.
 */
export function groupByReviewer(items: readonly ReviewDueItem[]): ReviewerQueue[] {
  const queues = new Map<string, ReviewerQueue>()
  for (const item of [...items].sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue))) {
    const queue = queues.get(item.reviewer) ?? { reviewer: item.reviewer, overdue: 0, dueSoon: 0, items: [] }
    queue.items.push(item)
    if (item.status === 'overdue') queue.overdue++
    else queue.dueSoon++
    queues.set(item.reviewer, queue)
  }
  return [...queues.values()]
}
