import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { PsychoeducationModule, User } from '../../cms/payload-types'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers, emailFor, testPassword } from '../support/users'

let harness: TestPayload
let payload: Payload
let server: { url: string; close: () => Promise<void> }
let designer: RestSession
let reviewer: RestSession
let users: Awaited<ReturnType<typeof createRoleUsers>>

beforeAll(async () => {
  harness = await startPayload('concurrency')
  payload = harness.payload
  users = await createRoleUsers(payload)
  server = await startRestServer()
  designer = new RestSession(server.url)
  reviewer = new RestSession(server.url)
  expect((await designer.login(emailFor('program-designer'), testPassword)).status).toBe(200)
  expect((await reviewer.login(emailFor('clinical-reviewer'), testPassword)).status).toBe(200)
}, 180_000)

afterAll(async () => {
  await server?.close()
  await harness?.stop()
})

async function newModule(slug: string): Promise<PsychoeducationModule> {
  return payload.create({ collection: 'psychoeducation-modules', draft: true, data: { slug, title: 'Sleep and mood', summary: 'How sleep and mood affect each other.', audience: 'all' } })
}

async function latestDraft(id: number): Promise<PsychoeducationModule> {
  return payload.findByID({ collection: 'psychoeducation-modules', id, draft: true, depth: 0 })
}

/** Holds the document the way the admin's edit view does when someone opens it. */
async function openForEditing(id: number, user: User): Promise<void> {
  await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'psychoeducation-modules', value: id }, globalSlug: null, user: { relationTo: 'users', value: user.id } },
    overrideAccess: false,
    user,
  })
}

async function closeEditing(id: number): Promise<void> {
  await payload.delete({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } } })
}

describe('concurrent writers on the embedded database', () => {
  it('lets 20 writers save at once without "database is locked"', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      payload.create({
        collection: 'conditions',
        data: { slug: `concurrent-${i}`, name: `Condition ${i}`, description: 'Written at the same time as 19 others.', _status: 'published' },
      }),
    )
    const results = await Promise.allSettled(writes)
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason))
    expect(failures).toEqual([])
    expect((await payload.count({ collection: 'conditions' })).totalDocs).toBe(20)
  })
})

describe('two editors on one document', () => {
  it('refuses a save while someone else has the document open, and lets the editor who holds it save', async () => {
    const doc = await newModule('two-editors-lock')
    await openForEditing(doc.id, users['program-designer'])
    const blocked = await reviewer.request('PATCH', `/api/psychoeducation-modules/${doc.id}?draft=true`, { title: 'The reviewer’s title' })
    expect(blocked.status).toBe(423)
    expect(((await blocked.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/locked/i)
    const holder = await designer.request('PATCH', `/api/psychoeducation-modules/${doc.id}?draft=true`, { title: 'The designer’s title' })
    expect(holder.status).toBe(200)
    expect((await latestDraft(doc.id)).title).toBe('The designer’s title')

    // Once the designer closes the document, the reviewer saves on top of the designer's work.
    await closeEditing(doc.id)
    const after = await reviewer.request('PATCH', `/api/psychoeducation-modules/${doc.id}?draft=true`, { summary: 'Reviewed: how sleep and mood affect each other.' })
    expect(after.status).toBe(200)
    const merged = await latestDraft(doc.id)
    expect(merged.title).toBe('The designer’s title')
    expect(merged.summary).toBe('Reviewed: how sleep and mood affect each other.')
  })

  it('loses no update when two editors save different fields at the same moment, again and again', async () => {
    const doc = await newModule('two-editors-race')
    const rounds = 10
    for (let round = 1; round <= rounds; round++) {
      const [a, b] = await Promise.all([
        designer.request('PATCH', `/api/psychoeducation-modules/${doc.id}?draft=true`, { title: `Title, round ${round}` }),
        reviewer.request('PATCH', `/api/psychoeducation-modules/${doc.id}?draft=true`, { summary: `Summary, round ${round}` }),
      ])
      expect([a.status, b.status]).toEqual([200, 200])
      const draft = await latestDraft(doc.id)
      expect({ title: draft.title, summary: draft.summary }).toEqual({ title: `Title, round ${round}`, summary: `Summary, round ${round}` })
    }
    // Every save is one version, and exactly one of them is the latest.
    const { docs: versions } = await payload.findVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: doc.id } }, pagination: false, depth: 0 })
    expect(versions).toHaveLength(1 + 2 * rounds)
    expect(versions.filter((v) => v.latest)).toHaveLength(1)
  })
})
