import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'
import { findReviewDue, groupByReviewer } from '../../cms/review/findReviewDue'
import { dueSoonHorizon, isoDay } from '../../curriculum/rules/review'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { createRoleUsers } from '../support/users'

let harness: TestPayload
let payload: Payload
let users: Record<Role, User>

const today = isoDay(new Date())
const daysFromToday = (days: number) => {
  const date = new Date(`${today}T12:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString()
}

const lesson = (slug: string) => ({
  slug,
  title: `Lesson ${slug}`,
  summary: 'A short summary.',
  objectives: [{ text: 'Name one thing.' }],
  keyPoints: [{ text: 'One point.' }],
  tryThis: 'Try one thing.',
  audience: 'all' as const,
})

/** A document a designer wrote and the system then published with a given sign-off (as an import of signed-off content does). */
async function signedOff(collection: CollectionSlug, data: Record<string, unknown>, reviewer: string, dueInDays: number, publish = true) {
  const draft = await payload.create({ collection, data: data as never, draft: true, user: users['program-designer'], overrideAccess: false })
  return payload.update({
    collection,
    id: draft.id,
    data: { review: { reviewer, reviewedOn: daysFromToday(dueInDays - 365), nextReviewDue: daysFromToday(dueInDays) }, _status: publish ? 'published' : 'draft' } as never,
    draft: !publish,
  })
}

beforeAll(async () => {
  harness = await startPayload('review-due')
  payload = harness.payload
  users = await createRoleUsers(payload)
})

afterAll(async () => {
  await harness?.stop()
})

describe('reviews due, by reviewer', () => {
  it('lists published clinical content overdue or due within 30 days, grouped by the reviewer who signed it, most urgent first', async () => {
    const overdue = await signedOff('psychoeducation-modules', lesson('overdue'), 'Dana Whitfield, LCSW', -10)
    const soon = await signedOff('family-modules', { ...lesson('due-soon'), familyTopic: 'communication' }, 'Dana Whitfield, LCSW', 12)
    const other = await signedOff('psychoeducation-modules', lesson('other-reviewer'), 'Luis Ortega, PhD', 3)
    await signedOff('psychoeducation-modules', lesson('not-yet'), 'Luis Ortega, PhD', 60)
    await signedOff('psychoeducation-modules', lesson('draft-only'), 'Luis Ortega, PhD', -30, false)

    const items = await findReviewDue(payload, today, { user: users['clinical-reviewer'] })
    expect(items.every((item) => item.nextReviewDue <= dueSoonHorizon(today))).toBe(true)
    const queues = groupByReviewer(items)
    expect(queues.map((queue) => [queue.reviewer, queue.overdue, queue.dueSoon, queue.items.map((item) => item.id)])).toEqual([
      ['Dana Whitfield, LCSW', 1, 1, [overdue.id, soon.id]],
      ['Luis Ortega, PhD', 0, 1, [other.id]],
    ])
    expect(queues[0]?.items.map((item) => [item.collection, item.status, item.title])).toEqual([
      ['psychoeducation-modules', 'overdue', 'Lesson overdue'],
      ['family-modules', 'due-soon', 'Lesson due-soon'],
    ])
  })

  it('drops a document from the list once a reviewer reviews and publishes it again', async () => {
    const reviewer = users['clinical-reviewer']
    const lapsed = await signedOff('psychoeducation-modules', lesson('lapsed'), 'Dana Whitfield, LCSW', -1)
    expect((await findReviewDue(payload, today, { user: reviewer })).some((item) => item.id === lapsed.id && item.collection === 'psychoeducation-modules')).toBe(true)
    const republished = await payload.update({ collection: 'psychoeducation-modules', id: lapsed.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
    expect(republished.review?.reviewer).toBe(reviewer.name)
    const queues = groupByReviewer(await findReviewDue(payload, today, { user: reviewer }))
    expect(queues.flatMap((queue) => queue.items).some((item) => item.id === lapsed.id && item.collection === 'psychoeducation-modules')).toBe(false)
    expect(queues.some((queue) => queue.reviewer === reviewer.name)).toBe(false)
  })
})
