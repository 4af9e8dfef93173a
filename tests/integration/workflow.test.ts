import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'
import { isoDay, nextReviewDueFrom } from '../../curriculum/rules/review'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { createRoleUsers } from '../support/users'

let harness: TestPayload
let payload: Payload
let users: Record<Role, User>

const moduleData = (slug: string) => ({
  slug,
  title: `Module ${slug}`,
  summary: 'A short summary.',
  objectives: [{ text: 'Name one thing.' }],
  keyPoints: [{ text: 'One point.' }],
  tryThis: 'Try one thing.',
  audience: 'all' as const,
})

beforeAll(async () => {
  harness = await startPayload('workflow')
  payload = harness.payload
  users = await createRoleUsers(payload)
})

afterAll(async () => {
  await harness?.stop()
})

describe('editorial workflow through the Local API, acting as real users', () => {
  it('lets a program designer draft and submit, but not approve or publish, clinical content', async () => {
    const designer = users['program-designer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('draft-flow'), draft: true, user: designer, overrideAccess: false })
    expect(doc._status).toBe('draft')
    expect(doc.workflowState).toBe('draft')

    await expect(
      payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published' }, user: designer, overrideAccess: false }),
    ).rejects.toThrow('Only a clinical reviewer can publish clinical content')
    await expect(
      payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'approved' }, draft: true, user: designer, overrideAccess: false }),
    ).rejects.toThrow('Only a clinical reviewer can approve clinical content')

    const submitted = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false })
    expect(submitted.workflowState).toBe('in-review')
  })

  it('lets a clinical reviewer approve and publish, recording who reviewed and when', async () => {
    const designer = users['program-designer']
    const reviewer = users['clinical-reviewer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: { ...moduleData('reviewed'), workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false })
    const approved = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'approved' }, draft: true, user: reviewer, overrideAccess: false })
    expect(approved.workflowState).toBe('approved')

    const published = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
    const today = isoDay(new Date())
    expect(published._status).toBe('published')
    expect(published.workflowState).toBe('published')
    expect(published.review?.reviewer).toBe(reviewer.name)
    expect(published.review?.reviewedOn?.slice(0, 10)).toBe(today)
    expect(published.review?.nextReviewDue?.slice(0, 10)).toBe(nextReviewDueFrom(today))
    const reviewedBy = published.reviewedBy
    expect(typeof reviewedBy === 'object' ? reviewedBy?.id : reviewedBy).toBe(reviewer.id)
  })

  it('sets the next review by the installation\'s review interval', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { clinicalReview: { intervalMonths: 6 } } })
    try {
      const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('six-month-review'), draft: true, user: users['program-designer'], overrideAccess: false })
      const published = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published' }, user: users['clinical-reviewer'], overrideAccess: false })
      const today = isoDay(new Date())
      expect(published.review?.nextReviewDue?.slice(0, 10)).toBe(nextReviewDueFrom(today, 6))
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { clinicalReview: { intervalMonths: 12 } } })
    }
  })

  it('sends approved work back to draft when someone who cannot approve changes it', async () => {
    const designer = users['program-designer']
    const reviewer = users['clinical-reviewer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('edited-after-approval'), draft: true, user: designer, overrideAccess: false })
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'approved' }, draft: true, user: reviewer, overrideAccess: false })
    const edited = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { summary: 'Changed after approval.' }, draft: true, user: designer, overrideAccess: false })
    expect(edited.workflowState).toBe('draft')
  })

  it('lets marketing publish a non-clinical article, but a clinical one needs a reviewer', async () => {
    const marketing = users.marketing
    const article = { title: 'What a week looks like', summary: 'A plain tour.', kind: 'explainer' as const, publishedOn: '2026-10-20T12:00:00.000Z', audience: 'all' as const }
    const plain = await payload.create({ collection: 'articles', data: { ...article, slug: 'plain-article', _status: 'published' }, user: marketing, overrideAccess: false })
    expect(plain._status).toBe('published')

    const clinical = await payload.create({ collection: 'articles', data: { ...article, slug: 'clinical-article', clinical: true }, draft: true, user: marketing, overrideAccess: false })
    await expect(
      payload.update({ collection: 'articles', id: clinical.id, data: { _status: 'published' }, user: marketing, overrideAccess: false }),
    ).rejects.toThrow('Only a clinical reviewer can publish clinical content')
    const published = await payload.update({ collection: 'articles', id: clinical.id, data: { _status: 'published' }, user: users['clinical-reviewer'], overrideAccess: false })
    expect(published.review?.reviewer).toBe(users['clinical-reviewer'].name)
  })

  it('keeps translators to translations: other locales yes, the source language and shared fields no', async () => {
    const translator = users.translator
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('to-translate'), draft: true, user: users['program-designer'], overrideAccess: false })
    const translated = await payload.update({
      collection: 'psychoeducation-modules',
      id: doc.id,
      locale: 'es',
      data: { title: 'Módulo traducido', audience: 'adolescent' },
      draft: true,
      user: translator,
      overrideAccess: false,
    })
    expect(translated.title).toBe('Módulo traducido')
    expect(translated.audience).toBe('all')
    await expect(
      payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'en', data: { title: 'Changed source' }, draft: true, user: translator, overrideAccess: false }),
    ).rejects.toThrow('Translators edit translations only')
    const english = await payload.findByID({ collection: 'psychoeducation-modules', id: doc.id, locale: 'en', draft: true })
    expect(english.title).toBe('Module to-translate')
  })

  it('keeps every version, and restores an earlier one', async () => {
    const designer = users['program-designer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('versioned'), draft: true, user: designer, overrideAccess: false })
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { title: 'Second title' }, draft: true, user: designer, overrideAccess: false })
    const { docs } = await payload.findVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: doc.id } }, sort: 'createdAt', user: designer, overrideAccess: false })
    expect(docs.length).toBeGreaterThanOrEqual(2)
    expect(docs[0]?.version.title).toBe('Module versioned')
    await payload.restoreVersion({ collection: 'psychoeducation-modules', id: docs[0]!.id, draft: true, user: designer, overrideAccess: false })
    const latest = await payload.findByID({ collection: 'psychoeducation-modules', id: doc.id, draft: true })
    expect(latest.title).toBe('Module versioned')
    await expect(payload.findVersions({ collection: 'psychoeducation-modules', user: users.facilitator, overrideAccess: false })).rejects.toThrow()
  })

  it('respects a document lock held by another editor', async () => {
    const designer = users['program-designer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('locked'), draft: true, user: designer, overrideAccess: false })
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'psychoeducation-modules', value: doc.id }, user: { relationTo: 'users', value: users.admin.id } },
    })
    await expect(
      payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { title: 'Overwrite' }, draft: true, user: designer, overrideAccess: false, overrideLock: false }),
    ).rejects.toThrow(/locked/i)
  })

  it('publishes on schedule when the jobs queue runs', async () => {
    const reviewer = users['clinical-reviewer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: moduleData('scheduled'), draft: true, user: users['program-designer'], overrideAccess: false })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'psychoeducation-modules', value: doc.id }, user: { relationTo: 'users', value: reviewer.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    const after = await payload.findByID({ collection: 'psychoeducation-modules', id: doc.id })
    expect(after._status).toBe('published')
    expect(after.review?.reviewer).toBe(reviewer.name)
  })

  it('tells a designer why a submitted script does not add up, on the segments field', async () => {
    const designer = users['program-designer']
    const data = {
      slug: 'uneven-script',
      title: 'Uneven',
      goals: [{ text: 'Practice.' }],
      preparation: 'Read it.',
      safetyNote: 'Follow the risk protocol.',
      groupType: 'skills' as const,
      approach: 'cbt' as const,
      minutes: 60,
      segments: [
        { name: 'Check-in', minutes: 10 },
        { name: 'Skill', minutes: 40 },
      ],
    }
    const draft = await payload.create({ collection: 'session-scripts', data, draft: true, user: designer, overrideAccess: false })
    expect(draft.minutes).toBe(60)
    const error = await payload
      .update({ collection: 'session-scripts', id: draft.id, data: { workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false })
      .catch((e: unknown) => e as { data?: { errors?: { path: string; message: string }[] } })
    expect(error).toMatchObject({ data: { errors: [{ path: 'segments', message: 'The timed segments (en) add up to 50 minutes, but the script runs 60 minutes. Make them add up exactly.' }] } })
  })
})
