import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Role } from '../../cms/access/roles'
import { importBundle } from '../../cms/bundle/importBundle'
import type { Actor } from '../../cms/facilitator/data/actor'
import { listCohorts } from '../../cms/facilitator/data/cohorts'
import { findProgramPlan, listPrograms } from '../../cms/facilitator/data/programs'
import { findPublishedScript, findPublishedScripts } from '../../cms/facilitator/data/scripts'
import { changesSinceLastView } from '../../cms/facilitator/data/scriptViews'
import { cohortDay } from '../../cms/facilitator/today'
import type { Cohort, Program, SessionScript, User } from '../../cms/payload-types'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers, emailFor, testPassword } from '../support/users'

let harness: TestPayload
let payload: Payload
let users: Record<Role, User>
let unassigned: User
let server: { url: string; close: () => Promise<void> }
const rest = new Map<'facilitator' | 'unassigned' | 'anonymous', RestSession>()

let coOccurring: Program
let adultProgram: Program
let coCohort: Cohort
let teenCohort: Cohort
/** Scripts in the published schedule of the co-occurring program, which the facilitator runs. */
let assignedScripts: Set<number>
/** A script only the adult program (not assigned) schedules. */
let otherProgramScript: number
/** A published script of the assigned program with a newer, unpublished draft. */
let scriptWithDraft: SessionScript
const draftTitle = 'DRAFT rewrite, not for the room yet'
/** A script that only exists as a draft, added to the assigned program's draft schedule. */
let draftOnlyScript: SessionScript

const scriptIdsOf = (program: Program): number[] =>
  (program.schedule ?? []).flatMap((week) => (week.days ?? []).flatMap((day) => (day.slots ?? []).map((slot) => (typeof slot.script === 'object' ? slot.script.id : slot.script))))

const bySlug = async (slug: string): Promise<Program> =>
  (await payload.find({ collection: 'programs', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0]!

const actor = (user: User): Actor => ({ payload, user })

beforeAll(async () => {
  harness = await startPayload('facilitator')
  payload = harness.payload
  users = await createRoleUsers(payload)
  await importBundle(payload, 'curriculum/content', { publish: true })
  coOccurring = await bySlug('adult-co-occurring')
  adultProgram = await bySlug('adult-mental-health')
  const teen = await bySlug('adolescent')
  assignedScripts = new Set(scriptIdsOf(coOccurring))
  otherProgramScript = scriptIdsOf(adultProgram).find((id) => !assignedScripts.has(id))!

  users.facilitator = await payload.update({ collection: 'users', id: users.facilitator.id, data: { assignedPrograms: [coOccurring.id] }, overrideAccess: true })
  unassigned = await payload.create({ collection: 'users', data: { email: 'unassigned@example.org', password: testPassword, name: 'Unassigned facilitator', role: 'facilitator' }, overrideAccess: true })

  const designer = users['program-designer']
  const asDesigner = { user: designer, overrideAccess: false } as const
  coCohort = await payload.create({ collection: 'cohorts', data: { name: 'Spring evening cohort', program: coOccurring.id, startsOn: '2027-03-01', timeZone: 'America/Chicago' }, ...asDesigner })
  teenCohort = await payload.create({ collection: 'cohorts', data: { name: 'Teen group', program: teen.id, startsOn: '2027-03-01', timeZone: 'America/New_York' }, ...asDesigner })

  const first = [...assignedScripts][0]!
  scriptWithDraft = await payload.findByID({ collection: 'session-scripts', id: first, depth: 0 })
  await payload.update({ collection: 'session-scripts', id: first, data: { title: draftTitle }, draft: true, locale: 'en', ...asDesigner })
  draftOnlyScript = await payload.create({ collection: 'session-scripts', data: { slug: 'draft-only-script', title: 'Draft-only script' }, draft: true, ...asDesigner })
  const schedule = structuredClone(coOccurring.schedule ?? [])
  schedule[0]!.days![0]!.slots!.push({ start: '21:00', minutes: 30, kind: 'check-in', script: draftOnlyScript.id })
  await payload.update({ collection: 'programs', id: coOccurring.id, data: { schedule }, draft: true, ...asDesigner })

  server = await startRestServer()
  for (const [name, email] of [['facilitator', emailFor('facilitator')], ['unassigned', 'unassigned@example.org'], ['anonymous', undefined]] as const) {
    const session = new RestSession(server.url)
    if (email) expect((await session.login(email, testPassword)).status).toBe(200)
    rest.set(name, session)
  }
}, 300_000)

afterAll(async () => {
  await server?.close()
  await harness?.stop()
})

async function json<T>(response: Response): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as T
}

describe('a facilitator over REST sees only the published content of their programs', () => {
  it('lists only the programs they are assigned to', async () => {
    const mine = await json<{ docs: Program[] }>(await rest.get('facilitator')!.request('GET', '/api/programs?depth=0&limit=50'))
    expect(mine.docs.map((p) => p.slug)).toEqual(['adult-co-occurring'])
    expect((await rest.get('facilitator')!.request('GET', `/api/programs/${adultProgram.id}?depth=0`)).status).toBe(404)
    const none = await rest.get('unassigned')!.request('GET', '/api/programs?depth=0')
    expect(none.status).toBe(403)
  })

  it('reads exactly the scripts in those programs’ published schedules', async () => {
    const { docs } = await json<{ docs: SessionScript[] }>(await rest.get('facilitator')!.request('GET', '/api/session-scripts?depth=0&limit=500'))
    expect(new Set(docs.map((doc) => doc.id))).toEqual(assignedScripts)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect((await rest.get('facilitator')!.request('GET', `/api/session-scripts/${otherProgramScript}`)).status).toBe(404)
    expect((await rest.get('unassigned')!.request('GET', '/api/session-scripts?depth=0')).status).toBe(403)
  })

  it('never reaches a draft: not of a published script, not a draft-only script, not a draft schedule', async () => {
    const facilitator = rest.get('facilitator')!
    const script = await json<SessionScript>(await facilitator.request('GET', `/api/session-scripts/${scriptWithDraft.id}?draft=true&depth=0`))
    expect(script.title).toBe(scriptWithDraft.title)
    expect(script.title).not.toBe(draftTitle)
    expect((await facilitator.request('GET', `/api/session-scripts/${draftOnlyScript.id}?draft=true`)).status).toBe(404)
    const program = await json<Program>(await facilitator.request('GET', `/api/programs/${coOccurring.id}?draft=true&depth=0`))
    expect(scriptIdsOf(program)).not.toContain(draftOnlyScript.id)
    const listed = await json<{ docs: SessionScript[] }>(await facilitator.request('GET', '/api/session-scripts?draft=true&where[_status][equals]=draft&depth=0'))
    expect(listed.docs).toEqual([])
  })

  it('reads only published versions of their scripts in the version history', async () => {
    const { docs } = await json<{ docs: { parent: number; version: { _status: string; title: string } }[] }>(
      await rest.get('facilitator')!.request('GET', '/api/session-scripts/versions?depth=0&limit=500&locale=en'),
    )
    expect(docs.length).toBeGreaterThanOrEqual(assignedScripts.size)
    expect(docs.every((doc) => doc.version._status === 'published' && assignedScripts.has(doc.parent))).toBe(true)
    expect(docs.map((doc) => doc.version.title)).not.toContain(draftTitle)
    const other = await json<{ docs: unknown[] }>(await rest.get('facilitator')!.request('GET', `/api/session-scripts/versions?where[parent][equals]=${otherProgramScript}&depth=0`))
    expect(other.docs).toEqual([])
    expect((await rest.get('unassigned')!.request('GET', '/api/session-scripts/versions')).status).toBe(403)
  })

  it('sees the cohorts of their programs only', async () => {
    const { docs } = await json<{ docs: Cohort[] }>(await rest.get('facilitator')!.request('GET', '/api/cohorts?depth=0'))
    expect(docs.map((c) => c.id)).toEqual([coCohort.id])
    expect((await rest.get('facilitator')!.request('GET', `/api/cohorts/${teenCohort.id}`)).status).toBe(404)
  })

  it('cannot create, change or delete content, cohorts or their own assignments', async () => {
    const facilitator = rest.get('facilitator')!
    const script = [...assignedScripts][1]!
    const attempts: [string, string, unknown?][] = [
      ['POST', '/api/programs?draft=true', { slug: 'mine', name: 'Mine' }],
      ['PATCH', `/api/programs/${coOccurring.id}?draft=true`, { name: 'Renamed' }],
      ['DELETE', `/api/programs/${coOccurring.id}`],
      ['POST', '/api/session-scripts?draft=true', { slug: 'mine', title: 'Mine' }],
      ['PATCH', `/api/session-scripts/${script}?draft=true`, { title: 'Renamed' }],
      ['PATCH', `/api/session-scripts/${script}`, { title: 'Renamed', _status: 'published' }],
      ['DELETE', `/api/session-scripts/${script}`],
      ['POST', '/api/cohorts', { name: 'Mine', program: coOccurring.id, startsOn: '2027-01-04', timeZone: 'America/Chicago' }],
      ['PATCH', `/api/cohorts/${coCohort.id}`, { name: 'Renamed' }],
      ['DELETE', `/api/cohorts/${coCohort.id}`],
      ['PATCH', '/api/psychoeducation-modules/1?draft=true', { title: 'Renamed' }],
    ]
    for (const [method, path, body] of attempts) expect((await facilitator.request(method, path, body)).status, `${method} ${path}`).toBe(403)

    await facilitator.request('PATCH', `/api/users/${users.facilitator.id}`, { assignedPrograms: [coOccurring.id, adultProgram.id], role: 'admin' })
    const after = await payload.findByID({ collection: 'users', id: users.facilitator.id, depth: 0 })
    expect(after.role).toBe('facilitator')
    expect(after.assignedPrograms).toEqual([coOccurring.id])
    const unchanged = await payload.findByID({ collection: 'session-scripts', id: script, depth: 0 })
    expect(unchanged.title).not.toBe('Renamed')
  })

  it('keeps the record of viewed scripts personal', async () => {
    const response = await rest.get('facilitator')!.request('POST', '/api/script-views?depth=0', { user: users['program-designer'].id, script: [...assignedScripts][0], version: '1', viewedAt: new Date().toISOString() })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; user: number } }
    expect(doc.user).toBe(users.facilitator.id)
    const seenByOther = await json<{ docs: unknown[] }>(await rest.get('unassigned')!.request('GET', '/api/script-views'))
    expect(seenByOther.docs).toEqual([])
    expect((await rest.get('unassigned')!.request('DELETE', `/api/script-views/${doc.id}`)).status).not.toBe(200)
    await payload.delete({ collection: 'script-views', id: doc.id })
  })

  it('tells the anonymous public nothing about scripts, versions or cohorts', async () => {
    const anonymous = rest.get('anonymous')!
    for (const path of ['/api/session-scripts', '/api/session-scripts/versions', '/api/cohorts', '/api/script-views']) {
      expect((await anonymous.request('GET', path)).status, path).toBe(403)
    }
  })
})

describe('the workspace reads through the Local API as the signed-in facilitator', () => {
  it('finds their programs, plans and cohorts, and nothing else', async () => {
    const facilitator = actor(users.facilitator)
    expect((await listPrograms(facilitator, 'en')).map((p) => p.slug)).toEqual(['adult-co-occurring'])
    expect(await findProgramPlan(facilitator, { slug: 'adult-mental-health' }, 'en')).toBeUndefined()
    const plan = await findProgramPlan(facilitator, { slug: 'adult-co-occurring' }, 'es')
    expect(plan?.name).toBe((await payload.findByID({ collection: 'programs', id: coOccurring.id, locale: 'es', depth: 0 })).name)
    expect(plan?.schedule).toHaveLength(8)
    expect(plan?.schedule[0]?.days[0]?.sessions.map((s) => s.scriptId)).not.toContain(draftOnlyScript.id)
    expect((await listCohorts(facilitator)).map((c) => c.name)).toEqual(['Spring evening cohort'])
    expect(await listPrograms(actor(unassigned), 'en')).toEqual([])
    expect(await listCohorts(actor(unassigned))).toEqual([])
  })

  it('shows the published script, in Spanish where it is written in Spanish, and never the draft', async () => {
    const facilitator = actor(users.facilitator)
    const shown = await findPublishedScript(facilitator, scriptWithDraft.id, 'en')
    expect(shown?.title).toBe(scriptWithDraft.title)
    const spanish = await findPublishedScripts(facilitator, [...assignedScripts], 'es')
    expect(spanish.size).toBe(assignedScripts.size)
    expect([...spanish.values()].every((s) => s.translated && s.contentLocale === 'es')).toBe(true)
    expect((await findPublishedScripts(facilitator, [otherProgramScript, draftOnlyScript.id], 'en')).size).toBe(0)
  })

  it('marks a script shown in English because it has no Spanish version', async () => {
    const admin = actor(users.admin)
    const englishOnly = await findPublishedScript(admin, otherProgramScript, 'es')
    expect(englishOnly).toMatchObject({ translated: false, contentLocale: 'en' })
  })

  it('computes the day of a cohort from its start date', async () => {
    const plan = (await findProgramPlan(actor(users.facilitator), { slug: 'adult-co-occurring' }, 'en'))!
    const cohort = (await listCohorts(actor(users.facilitator)))[0]!
    const firstDay = cohortDay(cohort, plan, '2027-03-01')
    expect(firstDay).toMatchObject({ status: 'running', week: 1, day: 1 })
    expect(firstDay.sessions.map((s) => s.start)).toEqual([...firstDay.sessions.map((s) => s.start)].sort())
    expect(firstDay.sessions.length).toBeGreaterThan(0)
    expect(cohortDay(cohort, plan, '2027-03-15')).toMatchObject({ week: 3 })
    expect(cohortDay(cohort, plan, '2027-02-28')).toMatchObject({ status: 'not-started', sessions: [] })
    expect(cohortDay(cohort, plan, '2027-04-26')).toMatchObject({ status: 'ended' })
  })

  it('says what changed in a script since the facilitator last opened it', async () => {
    const facilitator = actor(users.facilitator)
    const id = [...assignedScripts][2]!
    expect(await changesSinceLastView(facilitator, id, 'en')).toEqual({ firstView: true, changes: [] })
    expect(await changesSinceLastView(facilitator, id, 'en')).toEqual({ firstView: false, changes: [] })

    const before = await payload.findByID({ collection: 'session-scripts', id, locale: 'en', depth: 0 })
    const segments = structuredClone(before.segments ?? [])
    segments[0]!.minutes += 2
    segments[1]!.minutes -= 2
    await payload.update({
      collection: 'session-scripts',
      id,
      locale: 'en',
      data: { materials: [...(before.materials ?? []), { text: 'A bell to mark the time' }], segments, _status: 'published' },
      user: users['clinical-reviewer'],
      overrideAccess: false,
    })

    const summary = await changesSinceLastView(facilitator, id, 'en')
    expect(summary.since).toBeDefined()
    expect(summary.changes).toEqual([
      { kind: 'list', field: 'materials', added: ['A bell to mark the time'], removed: [], reordered: false },
      { kind: 'segment-changed', segment: segments[0]!.name, details: ['minutes'] },
      { kind: 'segment-changed', segment: segments[1]!.name, details: ['minutes'] },
    ])
    // Opening it again still shows what is new in this version.
    expect((await changesSinceLastView(facilitator, id, 'en')).changes).toEqual(summary.changes)
    const records = await payload.find({ collection: 'script-views', where: { script: { equals: id } }, depth: 0 })
    expect(records.docs).toHaveLength(1)
    expect(records.docs[0]?.user).toBe(users.facilitator.id)
  })
})
