import { DateTime } from 'luxon'
import { addDays, weekdayOf } from '../../../curriculum/rules/cycleCalendar'
import type { Cohort, Program, User } from '../../../cms/payload-types'

export const facilitator = { email: 'e2e-facilitator@example.org', password: 'an-e2e-facilitator-passphrase-3', name: 'Frankie Facilitator' }

/** Where the end-to-end cohorts meet; "today" is computed here, as the workspace does. */
export const cohortTimeZone = 'America/Chicago'

export interface FacilitatorWorld {
  today: string
  /** A copy of the co-occurring program (English and Spanish scripts) whose first session day is today. */
  todayProgram: Program
  todayCohort: Cohort
  /** The shipped rolling program (English-only scripts), assigned too. */
  rollingProgram: Program
  rollingCycle: Cohort
  /** A program the facilitator is not assigned to, and a cohort of it. */
  otherProgram: Program
  otherCohort: Cohort
  facilitator: User
  adminToken: string
}

async function call<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

type Localized<T> = { [K in keyof T]: T[K] | Record<string, T[K]> }

/**
 * Prepares what a facilitator needs on a fresh CMS, through the REST API as an admin would:
 * a program whose first session day is today (the co-occurring program with its days moved),
 * a cohort of it in week 2, a rolling cycle of the adult program, and a facilitator assigned to both.
 */
export async function setUpFacilitatorWorld(baseUrl: string, admin: { email: string; password: string }): Promise<FacilitatorWorld> {
  const login = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  const { token } = (await login.json()) as { token: string }
  const find = async (slug: string, locale = 'en') =>
    (await call<{ docs: Program[] }>(baseUrl, token, 'GET', `/api/programs?where[slug][equals]=${slug}&depth=0&locale=${locale}`)).docs[0]!

  const today = DateTime.now().setZone(cohortTimeZone).toISODate()!
  const source = await find('adult-co-occurring')
  const sourceEs = await find('adult-co-occurring', 'es')
  const firstDay = Math.min(...(source.schedule?.[0]?.days ?? []).map((d) => d.day))
  const shift = (weekdayOf(today) - firstDay + 7) % 7
  const moved = (day: number) => ((day - 1 + shift) % 7) + 1
  const strip = <T extends { id?: string | null }>(row: T): Omit<T, 'id'> => {
    const { id: _id, ...rest } = row
    return rest
  }
  const schedule = (source.schedule ?? []).map((week) => ({
    ...strip(week),
    days: (week.days ?? []).map((day) => ({ ...strip(day), day: moved(day.day), slots: (day.slots ?? []).map(strip) })),
  }))
  const { id: _id, createdAt: _c, updatedAt: _u, overview: _o, reviewedBy: _r, workflowState: _w, ...shared } = source as Localized<Program>
  const created = await call<{ doc: Program }>(baseUrl, token, 'POST', '/api/programs?locale=en&depth=0', {
    ...shared,
    slug: 'evening-track-today',
    name: 'Evening track (today)',
    schedule,
    references: (source.references ?? []).map(strip),
    _status: 'published',
  })
  await call(baseUrl, token, 'PATCH', `/api/programs/${created.doc.id}?locale=es&depth=0`, { name: 'Grupo de la tarde (hoy)', summary: sourceEs.summary, _status: 'published' })
  const todayProgram = (await call<{ docs: Program[] }>(baseUrl, token, 'GET', `/api/programs?where[slug][equals]=evening-track-today&depth=0`)).docs[0]!

  const rollingProgram = await find('adult-mental-health')
  const otherProgram = await find('adolescent')
  const todayCohort = (
    await call<{ doc: Cohort }>(baseUrl, token, 'POST', '/api/cohorts', { name: 'Evening cohort', program: todayProgram.id, startsOn: addDays(today, -7), timeZone: cohortTimeZone, location: 'Room 2' })
  ).doc
  const rollingCycle = (
    await call<{ doc: Cohort }>(baseUrl, token, 'POST', '/api/cohorts', { name: 'Morning clinic cycle', program: rollingProgram.id, startsOn: '2026-01-05', timeZone: cohortTimeZone })
  ).doc
  const otherCohort = (await call<{ doc: Cohort }>(baseUrl, token, 'POST', '/api/cohorts', { name: 'Teen group', program: otherProgram.id, startsOn: '2026-01-05', timeZone: cohortTimeZone })).doc
  const user = (
    await call<{ doc: User }>(baseUrl, token, 'POST', '/api/users', { ...facilitator, role: 'facilitator', assignedPrograms: [todayProgram.id, rollingProgram.id] })
  ).doc
  return { today, todayProgram, todayCohort, rollingProgram, rollingCycle, otherProgram, otherCohort, facilitator: user, adminToken: token }
}
