import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { roles, type Role } from '../../cms/access/roles'
import { importBundle } from '../../cms/bundle/importBundle'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers, emailFor, testPassword } from '../support/users'
import type { User } from '../../cms/payload-types'
import { copyData } from '../support/documentCopy'

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

/**
 * The same table's second half, for what the first leaves out: version history (which holds
 * drafts), and changes to documents that are published rather than drafts. A draft save over a
 * published document is an update; whether it may also go live is the workflow's (workflow.test.ts).
 */
type MoreOperation = 'readVersions' | 'updatePublished' | 'deletePublished'
const moreExpected: Record<string, Record<MoreOperation, Actor[]>> = Object.fromEntries(
  Object.entries(expected).map(([collection, operations]) => [
    collection,
    {
      // Facilitators read the published versions (never drafts) of their programs' scripts, for
      // the workspace's "changed since you last viewed" (facilitatorWorkspace.test.ts holds the rest).
      readVersions: collection === 'session-scripts' ? [...editorial, 'facilitator'] : editorial,
      updatePublished: operations.update,
      deletePublished: operations.delete,
    },
  ]),
)

/** Accounts, uploads and site settings: everything else a person can reach over REST. */
type OtherOperation = 'readSelf' | 'readOther' | 'createUser' | 'updateSelf' | 'updateOther' | 'deleteUser' | 'readMedia' | 'uploadMedia' | 'updateMedia' | 'deleteMedia' | 'readSettings' | 'updateSettings'
const signedIn: Actor[] = [...roles]
const otherExpected: Record<OtherOperation, Actor[]> = {
  readSelf: signedIn,
  readOther: ['admin'],
  createUser: ['admin'],
  updateSelf: signedIn,
  updateOther: ['admin'],
  deleteUser: ['admin'],
  readMedia: everyone,
  uploadMedia: ['admin', 'program-designer', 'marketing'],
  updateMedia: ['admin', 'program-designer', 'marketing', 'translator'],
  deleteMedia: ['admin', 'program-designer', 'marketing'],
  readSettings: everyone,
  updateSettings: ['admin', 'marketing'],
}

const onePixelPng = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))

let harness: TestPayload
let payload: Payload
let server: { url: string; close: () => Promise<void> }
const sessions = new Map<Actor, RestSession>()
const publishedIds = new Map<string, number | string>()
let users: Record<Role, User>
let mediaId: number | string
const draftIds = new Map<string, number | string>()

const allowed = (status: number) => status >= 200 && status < 300
let counter = 0

beforeAll(async () => {
  process.env.MEDIA_DIR = path.join(tmpdir(), `iop-access-media-${process.pid}`)
  harness = await startPayload('access')
  payload = harness.payload
  users = await createRoleUsers(payload)
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
  const media = await payload.create({ collection: 'media', data: { alt: 'A dot' }, file: { data: Buffer.from(onePixelPng), mimetype: 'image/png', name: 'dot.png', size: onePixelPng.length } })
  mediaId = media.id
  server = await startRestServer()
  for (const actor of actors) {
    const session = new RestSession(server.url)
    if (actor !== 'anonymous') expect((await session.login(emailFor(actor), testPassword)).status).toBe(200)
    sessions.set(actor, session)
  }
}, 300_000)

afterEach(() => {
  vi.useRealTimers()
})

afterAll(async () => {
  await server?.close()
  await harness?.stop()
  if (process.env.MEDIA_DIR) rmSync(process.env.MEDIA_DIR, { recursive: true, force: true })
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

async function attemptMore(actor: Actor, collection: string, operation: MoreOperation): Promise<number> {
  const session = sessions.get(actor)!
  const slug = `${actor}-${operation}-${++counter}`
  switch (operation) {
    case 'readVersions': {
      const response = await session.request('GET', `/api/${collection}/versions?where[parent][equals]=${publishedIds.get(collection)}`)
      if (response.status !== 200) return response.status
      // Reading is "allowed" only when history actually comes back.
      const body = (await response.json()) as { docs: unknown[] }
      return body.docs.length > 0 ? 200 : 404
    }
    case 'updatePublished':
      return (await session.request('PATCH', `/api/${collection}/${publishedIds.get(collection)}?draft=true&locale=es`, { [localizedField[collection] ?? 'title']: `es ${slug}` })).status
    case 'deletePublished': {
      // A published copy of a published document, to delete.
      const source = await payload.findByID({ collection: collection as CollectionSlug, id: publishedIds.get(collection)!, locale: 'en', depth: 0 })
      const copy = await payload.create({ collection: collection as CollectionSlug, data: { ...copyData(source), slug: slug.toLowerCase(), _status: 'published' } as never, locale: 'en' })
      return (await session.request('DELETE', `/api/${collection}/${copy.id}`)).status
    }
  }
}

async function attemptOther(actor: Actor, operation: OtherOperation): Promise<number> {
  const session = sessions.get(actor)!
  const self = actor === 'anonymous' ? undefined : users[actor]
  const other = actor === 'admin' ? users.facilitator : users.admin
  switch (operation) {
    case 'readSelf':
      return self ? (await session.request('GET', `/api/users/${self.id}`)).status : (await session.request('GET', '/api/users/1')).status
    case 'readOther':
      return (await session.request('GET', `/api/users/${other.id}`)).status
    case 'createUser':
      return (await session.request('POST', '/api/users', { email: `new-${actor}-${++counter}@example.org`, password: testPassword, name: 'New', role: 'facilitator' })).status
    case 'updateSelf':
      return (await session.request('PATCH', `/api/users/${self?.id ?? users.facilitator.id}`, { name: `${actor} renamed` })).status
    case 'updateOther':
      return (await session.request('PATCH', `/api/users/${other.id}`, { name: other.name })).status
    case 'deleteUser': {
      const target = await payload.create({ collection: 'users', data: { email: `doomed-${actor}-${++counter}@example.org`, password: testPassword, name: 'Doomed', role: 'facilitator' } })
      return (await session.request('DELETE', `/api/users/${target.id}`)).status
    }
    case 'readMedia':
      return (await session.request('GET', `/api/media/${mediaId}`)).status
    case 'uploadMedia':
      return (await session.upload('POST', '/api/media', { name: `dot-${actor}-${++counter}.png`, type: 'image/png', bytes: onePixelPng }, { alt: 'A dot' })).status
    case 'updateMedia':
      return (await session.request('PATCH', `/api/media/${mediaId}?locale=es`, { alt: `Un punto ${actor}` })).status
    case 'deleteMedia': {
      const target = await payload.create({ collection: 'media', data: { alt: 'Doomed' }, file: { data: Buffer.from(onePixelPng), mimetype: 'image/png', name: `doomed-${actor}-${++counter}.png`, size: onePixelPng.length } })
      return (await session.request('DELETE', `/api/media/${target.id}`)).status
    }
    case 'readSettings':
      return (await session.request('GET', '/api/globals/site-settings')).status
    case 'updateSettings':
      return (await session.request('POST', '/api/globals/site-settings?locale=es', { organization: { name: `Programa ${actor}` } })).status
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

  const moreRows = Object.entries(moreExpected).flatMap(([collection, operations]) => (Object.keys(operations) as MoreOperation[]).map((operation) => ({ collection, operation })))

  it.each(moreRows)('$collection · $operation', async ({ collection, operation }) => {
    const outcome: Record<string, boolean> = {}
    const wanted: Record<string, boolean> = {}
    for (const actor of actors) {
      outcome[actor] = allowed(await attemptMore(actor, collection, operation))
      wanted[actor] = moreExpected[collection]![operation].includes(actor)
    }
    expect(outcome).toEqual(wanted)
  })

  it.each(Object.keys(otherExpected) as OtherOperation[])('accounts, media and settings · %s', async (operation) => {
    const outcome: Record<string, boolean> = {}
    const wanted: Record<string, boolean> = {}
    for (const actor of actors) {
      outcome[actor] = allowed(await attemptOther(actor, operation))
      wanted[actor] = otherExpected[operation].includes(actor)
    }
    expect(outcome).toEqual(wanted)
  })

  it('lets nobody but an admin change a role, their own least of all', async () => {
    for (const actor of roles.filter((role) => role !== 'admin')) {
      const response = await sessions.get(actor)!.request('PATCH', `/api/users/${users[actor].id}`, { role: 'admin', assignedPrograms: [] })
      expect(response.status, actor).toBeLessThan(500)
      const stored = await payload.findByID({ collection: 'users', id: users[actor].id })
      expect(stored.role, actor).toBe(actor)
    }
  })

  it('keeps Payload’s own collections (locks, preferences, jobs) from the public', async () => {
    for (const collection of ['payload-locked-documents', 'payload-preferences', 'payload-jobs', 'payload-migrations']) {
      const response = await sessions.get('anonymous')!.request('GET', `/api/${collection}`)
      if (response.status === 200) expect(((await response.json()) as { docs: unknown[] }).docs, collection).toEqual([])
      else expect([401, 403, 404, 501], collection).toContain(response.status)
    }
  })

  it('never lets anyone but an admin list users, and never the public', async () => {
    for (const actor of actors) {
      const response = await sessions.get(actor)!.request('GET', '/api/users?limit=1000')
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
    for (const query of ['where[$where]=1', 'where[$or][0][slug][equals]=x', 'where[slug][equals][$ne]=x', 'where[audience][equals][x]=y', 'where[createdAt][greater_than][$gt]=1', 'where[or][0][slug][in][0][$ne]=x', 'where[slug][$regex]=.*', 'where[slug][$gt]=']) {
      const injected = await sessions.get('anonymous')!.request('GET', `/api/psychoeducation-modules?${query}`)
      expect(injected.status, query).toBe(400)
    }
  })

  it('answers hostile query parameters without an error, a draft, or a hidden field', async () => {
    const hostile = [
      "where[slug][equals]=' OR 1=1 --",
      'where[slug][equals]=x"; DROP TABLE users; --',
      'where[slug][like]=%',
      'where[slug][in]=draft-only-psychoeducation-modules,understanding-anxiety',
      'where[workflowState][equals]=draft',
      'where[version._status][equals]=draft',
      'where[__proto__][polluted]=yes',
      'where[constructor][prototype][polluted]=yes',
      'sort=slug;DROP TABLE users',
      'sort=-_status',
      'depth=1000',
      'limit=-1',
      'limit=100000000',
      'page=-5',
      'locale=../../etc/passwd',
      'locale=all&fallback-locale=none',
      'select[_status]=true&select[slug]=true',
      'draft=true&where[slug][exists]=true&trash=true',
    ]
    for (const actor of ['anonymous', 'facilitator'] as const) {
      for (const query of hostile) {
        const response = await sessions.get(actor)!.request('GET', `/api/psychoeducation-modules?${query}`)
        const text = await response.text()
        expect(response.status, `${actor} ${query}`).toBeLessThan(500)
        expect(text, `${actor} ${query}`).not.toContain('draft-only-psychoeducation-modules')
        expect(text, `${actor} ${query}`).not.toContain('"_status":"draft"')
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThanOrEqual(roles.length)
  })

  it('never finds or shows password hashes, salts or reset tokens, however a user query asks', async () => {
    for (const query of ['where[hash][exists]=true', 'where[salt][exists]=true', 'where[password][exists]=true', 'where[resetPasswordToken][exists]=false', 'where[email][like]=admin', 'where[role][equals]=admin', 'select[hash]=true&select[salt]=true', 'where[or][0][hash][exists]=true&where[or][1][id][exists]=true']) {
      const response = await sessions.get('facilitator')!.request('GET', `/api/users?${query}&limit=100`)
      const text = await response.text()
      expect(response.status, query).toBeLessThan(500)
      expect(text, query).not.toMatch(/"(?:hash|salt|resetPasswordToken|password)"\s*:/)
      if (response.status === 200) for (const doc of (JSON.parse(text) as { docs: { id: number | string }[] }).docs) expect(doc.id, query).toBe(users.facilitator.id)
    }
  })

  it('signs people in with a cookie scripts cannot read and other sites cannot send', async () => {
    const response = await new RestSession(server.url).login(emailFor('translator'), testPassword)
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Strict/i)
    const expires = Date.parse(/;\s*Expires=([^;]+)/i.exec(cookie!)?.[1] ?? '')
    expect(Math.abs(expires - Date.now() - 8 * 3600_000)).toBeLessThan(120_000)
  })

  it('ends a session after eight hours, and at sign-out', async () => {
    const session = new RestSession(server.url)
    expect((await session.login(emailFor('facilitator'), testPassword)).status).toBe(200)
    const me = async () => ((await (await session.request('GET', '/api/users/me')).json()) as { user: { email: string } | null }).user?.email ?? null
    const scripts = async () => (await session.request('GET', '/api/session-scripts?limit=1')).status
    expect(await me()).toBe(emailFor('facilitator'))
    expect(await scripts()).toBe(200)
    const signedInAt = Date.now()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(signedInAt + 8 * 3600_000 - 60_000)
    expect(await me()).toBe(emailFor('facilitator'))
    vi.setSystemTime(signedInAt + 8 * 3600_000 + 60_000)
    expect(await me()).toBeNull()
    expect(await scripts()).toBe(403)
    vi.useRealTimers()

    const other = new RestSession(server.url)
    expect((await other.login(emailFor('facilitator'), testPassword)).status).toBe(200)
    expect(((await (await other.request('GET', '/api/users/me')).json()) as { user: unknown }).user).not.toBeNull()
    expect((await other.request('POST', '/api/users/logout')).status).toBe(200)
    // The token still carries a valid signature and expiry; the session behind it is gone.
    expect(((await (await other.request('GET', '/api/users/me')).json()) as { user: unknown }).user).toBeNull()
  })

  it('refuses a token whose claims were changed', async () => {
    const session = new RestSession(server.url)
    expect((await session.login(emailFor('facilitator'), testPassword)).status).toBe(200)
    const [header, body, signature] = session.jwt!.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${signature}`
    const response = await fetch(`${server.url}/api/users?limit=100`, { headers: { authorization: `JWT ${forged}` } })
    expect(response.status).toBe(403)
  })

  it('locks an account after five failed sign-ins', async () => {
    await payload.create({ collection: 'users', data: { email: 'lockout@example.org', password: testPassword, name: 'Lockout', role: 'facilitator' } })
    const session = new RestSession(server.url)
    for (let i = 0; i < 5; i++) expect((await session.login('lockout@example.org', 'wrong-password')).status).toBe(401)
    const locked = await session.login('lockout@example.org', testPassword)
    expect(locked.status).not.toBe(200)
    // The lock lasts fifteen minutes, then the right password works again.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 14 * 60_000)
    expect((await session.login('lockout@example.org', testPassword)).status).not.toBe(200)
    vi.setSystemTime(Date.now() + 2 * 60_000)
    expect((await session.login('lockout@example.org', testPassword)).status).toBe(200)
  })
})
