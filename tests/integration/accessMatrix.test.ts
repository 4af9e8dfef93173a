import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { roles, type Role } from '../../cms/access/roles'
import { importBundle } from '../../cms/bundle/importBundle'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers, emailFor, testPassword } from '../support/users'

type Actor = Role | 'anonymous'
type Operation = 'readPublished' | 'readDraft' | 'create' | 'update' | 'delete'

const actors: Actor[] = ['anonymous', ...roles]
const editorial: Actor[] = ['admin', 'program-designer', 'clinical-reviewer', 'translator', 'marketing']
const everyone: Actor[] = actors

/**
 * The whole security model in one table: who may do what to which collection, over REST with
 * real sessions. Update is tried on the Spanish locale, so translators are in scope.
 */
const expected: Record<string, Record<Operation, Actor[]>> = {
  programs: { readPublished: everyone, readDraft: editorial, create: ['admin', 'program-designer'], update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'], delete: ['admin', 'program-designer'] },
  'session-scripts': {
    readPublished: [...editorial, 'facilitator'],
    readDraft: editorial,
    create: ['admin', 'program-designer'],
    update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'],
    delete: ['admin', 'program-designer'],
  },
  'psychoeducation-modules': { readPublished: everyone, readDraft: editorial, create: ['admin', 'program-designer'], update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'], delete: ['admin', 'program-designer'] },
  'family-modules': { readPublished: everyone, readDraft: editorial, create: ['admin', 'program-designer'], update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'], delete: ['admin', 'program-designer'] },
  'holistic-exercises': { readPublished: everyone, readDraft: editorial, create: ['admin', 'program-designer'], update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'], delete: ['admin', 'program-designer'] },
  conditions: { readPublished: everyone, readDraft: editorial, create: ['admin', 'program-designer'], update: ['admin', 'program-designer', 'clinical-reviewer', 'translator'], delete: ['admin', 'program-designer'] },
  articles: { readPublished: everyone, readDraft: editorial, create: ['admin', 'marketing'], update: ['admin', 'marketing', 'clinical-reviewer', 'translator'], delete: ['admin', 'marketing'] },
}

/** Minimal draft data per collection: drafts may be incomplete, so a title and slug will do. */
const draftData: Record<string, (slug: string) => Record<string, unknown>> = {
  programs: (slug) => ({ slug, name: slug }),
  'session-scripts': (slug) => ({ slug, title: slug }),
  'psychoeducation-modules': (slug) => ({ slug, title: slug }),
  'family-modules': (slug) => ({ slug, title: slug }),
  'holistic-exercises': (slug) => ({ slug, title: slug }),
  conditions: (slug) => ({ slug, name: slug }),
  articles: (slug) => ({ slug, title: slug }),
}
const localizedField: Record<string, string> = { programs: 'name', conditions: 'name' }

let harness: TestPayload
let payload: Payload
let server: { url: string; close: () => Promise<void> }
const sessions = new Map<Actor, RestSession>()
const publishedIds = new Map<string, number | string>()
const draftIds = new Map<string, number | string>()

const allowed = (status: number) => status >= 200 && status < 300
let counter = 0

beforeAll(async () => {
  harness = await startPayload('access')
  payload = harness.payload
  const users = await createRoleUsers(payload)
  await importBundle(payload, 'curriculum/content', { publish: true })
  // The matrix is about roles; which programs a facilitator runs is tested in facilitatorAccess.test.ts.
  const programs = await payload.find({ collection: 'programs', depth: 0, pagination: false })
  await payload.update({ collection: 'users', id: users.facilitator.id, data: { assignedPrograms: programs.docs.map((p) => p.id) }, overrideAccess: true })
  for (const collection of Object.keys(expected)) {
    const published = await payload.find({ collection: collection as CollectionSlug, limit: 1, where: { _status: { equals: 'published' } } })
    publishedIds.set(collection, published.docs[0]!.id)
    const draft = await payload.create({ collection: collection as CollectionSlug, data: draftData[collection]!(`draft-only-${collection}`) as never, draft: true })
    draftIds.set(collection, draft.id)
  }
  server = await startRestServer()
  for (const actor of actors) {
    const session = new RestSession(server.url)
    if (actor !== 'anonymous') expect((await session.login(emailFor(actor), testPassword)).status).toBe(200)
    sessions.set(actor, session)
  }
}, 300_000)

afterAll(async () => {
  await server?.close()
  await harness?.stop()
})

async function attempt(actor: Actor, collection: string, operation: Operation): Promise<number> {
  const session = sessions.get(actor)!
  const slug = `${actor}-${operation}-${++counter}`
  switch (operation) {
    case 'readPublished':
      return (await session.request('GET', `/api/${collection}/${publishedIds.get(collection)}`)).status
    case 'readDraft': {
      const response = await session.request('GET', `/api/${collection}/${draftIds.get(collection)}?draft=true`)
      return response.status
    }
    case 'create':
      return (await session.request('POST', `/api/${collection}?draft=true`, draftData[collection]!(slug))).status
    case 'update':
      return (await session.request('PATCH', `/api/${collection}/${draftIds.get(collection)}?draft=true&locale=es`, { [localizedField[collection] ?? 'title']: `es ${slug}` })).status
    case 'delete': {
      const target = await payload.create({ collection: collection as CollectionSlug, data: draftData[collection]!(slug) as never, draft: true })
      return (await session.request('DELETE', `/api/${collection}/${target.id}`)).status
    }
  }
}

describe('access control matrix over REST', () => {
  const rows = Object.entries(expected).flatMap(([collection, operations]) =>
    (Object.keys(operations) as Operation[]).map((operation) => ({ collection, operation })),
  )

  it.each(rows)('$collection · $operation', async ({ collection, operation }) => {
    const outcome: Record<string, boolean> = {}
    const wanted: Record<string, boolean> = {}
    for (const actor of actors) {
      outcome[actor] = allowed(await attempt(actor, collection, operation))
      wanted[actor] = expected[collection]![operation].includes(actor)
    }
    expect(outcome).toEqual(wanted)
  })

  it('never lets anyone but an admin list users, and never the public', async () => {
    for (const actor of actors) {
      const response = await sessions.get(actor)!.request('GET', '/api/users')
      if (actor === 'anonymous') {
        expect(response.status).toBe(403)
        continue
      }
      const body = (await response.json()) as { docs: { email: string }[] }
      expect(body.docs.map((u) => u.email)).toEqual(actor === 'admin' ? expect.arrayContaining(roles.map(emailFor)) : [emailFor(actor)])
    }
    expect((await sessions.get('program-designer')!.request('POST', '/api/users', { email: 'new@example.org', password: testPassword, name: 'New', role: 'admin' })).status).toBe(403)
  })

  it('never shows drafts to the public or facilitators, whatever the query asks for', async () => {
    for (const actor of ['anonymous', 'facilitator'] as const) {
      const session = sessions.get(actor)!
      for (const query of ['draft=true&where[_status][equals]=draft', 'draft=true&where[or][0][_status][equals]=draft&where[or][1][slug][exists]=true', 'where[_status][not_equals]=published']) {
        const response = await session.request('GET', `/api/psychoeducation-modules?${query}&limit=200`)
        expect(response.status, query).toBe(200)
        const body = (await response.json()) as { docs: { _status?: string; slug?: string }[] }
        expect(body.docs.filter((doc) => doc._status !== 'published'), `${actor} ${query}`).toEqual([])
        expect(body.docs.map((doc) => doc.slug)).not.toContain('draft-only-psychoeducation-modules')
      }
    }
    const scripts = await sessions.get('anonymous')!.request('GET', '/api/session-scripts?where[slug][exists]=true')
    expect(scripts.status).toBe(403)
  })

  it('rejects query operators that do not exist', async () => {
    const response = await sessions.get('anonymous')!.request('GET', '/api/psychoeducation-modules?where[slug][$ne]=x')
    expect(response.status).toBe(400)
  })

  it('locks an account after five failed sign-ins', async () => {
    await payload.create({ collection: 'users', data: { email: 'lockout@example.org', password: testPassword, name: 'Lockout', role: 'facilitator' } })
    const session = new RestSession(server.url)
    for (let i = 0; i < 5; i++) expect((await session.login('lockout@example.org', 'wrong-password')).status).toBe(401)
    const locked = await session.login('lockout@example.org', testPassword)
    expect(locked.status).not.toBe(200)
  })
})
