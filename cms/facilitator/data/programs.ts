import { defaultLocale, type LocaleCode } from '../../../curriculum/locales'
import { minutesOfDay, clockTime } from '../../../curriculum/rules/programRules'
import type { DeliveryMode, SlotKind } from '../../../curriculum/schemas/program'
import type { FamilyModule, HolisticExercise, Program, PsychoeducationModule, SessionScript } from '../../payload-types'
import type { HandoutKind } from '../paths'
import { asUser, orNothing, type Actor } from './actor'

export interface ProgramSummary {
  id: number
  slug: string
  name: string
  summary: string
  delivery: DeliveryMode
  weeks: number
}

export interface ScheduledSession {
  /** 1-based position in the day, by start time: the address of the session. */
  number: number
  start: string
  end: string
  minutes: number
  kind: SlotKind
  scriptId: number | null
  /** The script's title, when the plan was read with titles. */
  title?: string
}

export interface HandoutLink {
  kind: HandoutKind
  slug: string
  title: string
}

export interface ProgramWeek {
  week: number
  days: { day: number; sessions: ScheduledSession[] }[]
  assigned: HandoutLink[]
}

export interface ProgramPlan extends ProgramSummary {
  schedule: ProgramWeek[]
}

const summaryFields = { name: true, slug: true, summary: true, delivery: true, weeks: true } as const

/** The published programs this person may read: for a facilitator, the ones they are assigned to. */
export async function listPrograms(actor: Actor, locale: LocaleCode): Promise<ProgramSummary[]> {
  const docs = await orNothing(actor.payload.find({
    collection: 'programs',
    where: { _status: { equals: 'published' } },
    select: summaryFields,
    depth: 0,
    sort: 'slug',
    pagination: false,
    locale,
    fallbackLocale: defaultLocale,
    ...asUser(actor),
  }).then((result) => result.docs))
  return docs.map(toSummary)
}

function toSummary(doc: Pick<Program, 'id' | 'slug' | 'name' | 'summary' | 'delivery' | 'weeks'>): ProgramSummary {
  return { id: doc.id, slug: doc.slug, name: doc.name, summary: doc.summary, delivery: doc.delivery, weeks: doc.weeks }
}

type Related<T> = number | T

function related<T extends { id: number }>(value: Related<T> | null | undefined): T | undefined {
  return value !== null && value !== undefined && typeof value === 'object' ? value : undefined
}

function links(kind: HandoutKind, values: Related<PsychoeducationModule | HolisticExercise | FamilyModule>[] | null | undefined): HandoutLink[] {
  return (values ?? []).flatMap((value) => {
    const doc = related(value)
    return doc ? [{ kind, slug: doc.slug, title: doc.title }] : []
  })
}

/** A program's weeks as a facilitator walks them: days in order, sessions by start time, with their scripts. */
export function planOf(doc: Program): ProgramPlan {
  const schedule = [...(doc.schedule ?? [])]
    .sort((a, b) => a.week - b.week)
    .map((week) => ({
      week: week.week,
      days: [...(week.days ?? [])]
        .sort((a, b) => a.day - b.day)
        .map((day) => ({
          day: day.day,
          sessions: [...(day.slots ?? [])]
            .sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start))
            .map((slot, index) => {
              const script = related<SessionScript>(slot.script)
              return {
                number: index + 1,
                start: slot.start,
                end: clockTime(minutesOfDay(slot.start) + slot.minutes),
                minutes: slot.minutes,
                kind: slot.kind,
                scriptId: script?.id ?? (typeof slot.script === 'number' ? slot.script : null),
                ...(script?.title ? { title: script.title } : {}),
              }
            }),
        })),
      assigned: [...links('education', week.psychoeducation), ...links('exercises', week.holistic), ...links('family', week.family)],
    }))
  return { ...toSummary(doc), schedule }
}

/**
 * One published program, by slug or id, with its whole schedule, if this person may read it.
 * With `titles`, the titles of its scripts and assigned education too (what lists show); a page
 * about one session does without them.
 */
export async function findProgramPlan(actor: Actor, program: { slug: string } | { id: number }, locale: LocaleCode, { titles = true }: { titles?: boolean } = {}): Promise<ProgramPlan | undefined> {
  const docs = await orNothing(actor.payload.find({
    collection: 'programs',
    where: { and: ['slug' in program ? { slug: { equals: program.slug } } : { id: { equals: program.id } }, { _status: { equals: 'published' } }] },
    select: { ...summaryFields, schedule: true },
    populate: {
      'session-scripts': { title: true, slug: true },
      'psychoeducation-modules': { title: true, slug: true },
      'holistic-exercises': { title: true, slug: true },
      'family-modules': { title: true, slug: true },
    },
    depth: titles ? 1 : 0,
    limit: 1,
    locale,
    fallbackLocale: defaultLocale,
    ...asUser(actor),
  }).then((result) => result.docs))
  const doc = docs[0]
  return doc ? planOf(doc as Program) : undefined
}

/** The session at week / day / number of a plan. */
export function sessionAt(plan: ProgramPlan, week: number, day: number, number: number): ScheduledSession | undefined {
  return plan.schedule.find((w) => w.week === week)?.days.find((d) => d.day === day)?.sessions.find((s) => s.number === number)
}
