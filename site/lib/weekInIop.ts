import type { ProgramEntry } from './entries'
import { addMinutes } from './format'
import type { SlotKind } from './labels'
import type { SiteContentType } from '../../curriculum/schemas'
import type { PagePath } from './routes'
import { documentPath } from './sections'

/** What a reader may learn about a session: when it runs, how long, and what kind it is. */
export interface SessionView {
  start: string
  end: string
  minutes: number
  kind: SlotKind
}

export interface DayView {
  day: number
  sessions: SessionView[]
  minutes: number
}

/** A document the week draws on, as a link; `lang` is set when it is shown untranslated. */
export interface TopicLink {
  title: string
  page: PagePath
  translated: boolean
}

export interface WeekView {
  week: number
  days: DayView[]
  minutes: number
  kinds: SlotKind[]
  psychoeducation: TopicLink[]
  holistic: TopicLink[]
  family: TopicLink[]
}

export interface TitleSource {
  slug: string
  title: string
  translated: boolean
}

/** Finds the title of a published document by slug; unpublished ones are simply left out. */
export type TitleLookup = Record<'psychoeducation' | 'holistic' | 'family', ReadonlyMap<string, TitleSource>>

export function titleIndex(docs: readonly TitleSource[]): ReadonlyMap<string, TitleSource> {
  return new Map(docs.map((doc) => [doc.slug, doc]))
}

function topics(slugs: readonly string[], type: SiteContentType, index: ReadonlyMap<string, TitleSource>): TopicLink[] {
  return slugs.flatMap((slug) => {
    const doc = index.get(slug)
    return doc ? [{ title: doc.title, page: documentPath(type, slug), translated: doc.translated }] : []
  })
}

/**
 * The program's weeks as a reader sees them: days in order, sessions by start time with their
 * kind and length, and the education, exercises and family topics assigned to the week.
 * Built from the schedule only; session scripts are never part of it.
 */
export function weekViews(program: Pick<ProgramEntry, 'schedule'>, titles: TitleLookup): WeekView[] {
  return [...program.schedule]
    .sort((a, b) => a.week - b.week)
    .map((week) => {
      const days = [...week.days]
        .sort((a, b) => a.day - b.day)
        .map((day) => {
          const sessions = [...day.slots]
            .sort((a, b) => a.start.localeCompare(b.start))
            .map((slot) => ({ start: slot.start, end: addMinutes(slot.start, slot.minutes), minutes: slot.minutes, kind: slot.kind }))
          return { day: day.day, sessions, minutes: sessions.reduce((sum, s) => sum + s.minutes, 0) }
        })
      const kinds = [...new Set(days.flatMap((d) => d.sessions.map((s) => s.kind)))]
      return {
        week: week.week,
        days,
        minutes: days.reduce((sum, d) => sum + d.minutes, 0),
        kinds,
        psychoeducation: topics(week.psychoeducation, 'psychoeducation', titles.psychoeducation),
        holistic: topics(week.holistic, 'holistic', titles.holistic),
        family: topics(week.family, 'family', titles.family),
      }
    })
}

/** The kinds of session a program runs at all, in the order they first appear. */
export function sessionKinds(weeks: readonly WeekView[]): SlotKind[] {
  return [...new Set(weeks.flatMap((w) => w.kinds))]
}

/** Average hours a week across the cycle, to one decimal. */
export function averageWeeklyHours(weeks: readonly WeekView[]): number {
  if (weeks.length === 0) return 0
  const minutes = weeks.reduce((sum, w) => sum + w.minutes, 0) / weeks.length
  return Math.round((minutes / 60) * 10) / 10
}
