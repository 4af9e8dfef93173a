import type { Cohort } from '../../payload-types'
import type { CycleDates } from '../../../curriculum/rules/cycleCalendar'
import { asUser, orNothing, type Actor } from './actor'
import type { ProgramSummary } from './programs'

export interface CohortSchedule {
  id: number
  name: string
  programId: number
  startsOn: string
  timeZone: string
  location: string | undefined
}

function toSchedule(doc: Cohort): CohortSchedule {
  return {
    id: doc.id,
    name: doc.name,
    programId: typeof doc.program === 'object' ? doc.program.id : doc.program,
    startsOn: doc.startsOn,
    timeZone: doc.timeZone,
    location: doc.location ?? undefined,
  }
}

/** The cohorts and cycles this person may see (a facilitator: those of their programs), by start date. */
export async function listCohorts(actor: Actor, programId?: number): Promise<CohortSchedule[]> {
  const docs = await orNothing(actor.payload.find({
    collection: 'cohorts',
    ...(programId === undefined ? {} : { where: { program: { equals: programId } } }),
    depth: 0,
    sort: '-startsOn',
    pagination: false,
    ...asUser(actor),
  }).then((result) => result.docs))
  return docs.map(toSchedule)
}

export async function findCohort(actor: Actor, id: string): Promise<CohortSchedule | undefined> {
  const key = /^\d+$/.test(id) ? Number(id) : /^[a-f0-9]{24}$/.test(id) ? id : undefined
  if (key === undefined) return undefined
  const [doc] = await orNothing(actor.payload.findByID({ collection: 'cohorts', id: key, depth: 0, disableErrors: true, ...asUser(actor) }).then((found) => (found ? [found] : [])))
  return doc ? toSchedule(doc) : undefined
}

/** The dates a cohort runs its program's weeks on. */
export function cycleOf(cohort: CohortSchedule, program: Pick<ProgramSummary, 'weeks' | 'delivery'>): CycleDates {
  return { startsOn: cohort.startsOn, weeks: program.weeks, delivery: program.delivery }
}
