import { cycleWeekFor, sessionsOn, todayIn, weekdayOf } from '../../curriculum/rules/cycleCalendar'
import { cycleOf, type CohortSchedule } from './data/cohorts'
import type { ProgramPlan, ScheduledSession } from './data/programs'

export interface CohortDay {
  cohort: CohortSchedule
  program: ProgramPlan
  /** The calendar day in the cohort's own time zone. */
  date: string
  day: number
  /** The week of the program running that day; undefined before the start or after a closed cohort ends. */
  week?: number
  status: 'running' | 'not-started' | 'ended'
  sessions: ScheduledSession[]
}

/** What a cohort runs on a day: its week of the program and that day's sessions in order. */
export function cohortDay(cohort: CohortSchedule, program: ProgramPlan, date: string): CohortDay {
  const cycle = cycleOf(cohort, program)
  const schedule = program.schedule.map((week) => ({ week: week.week, days: week.days.map((day) => ({ day: day.day, slots: day.sessions })) }))
  const today = sessionsOn(date, schedule, cycle)
  if (!today) {
    return { cohort, program, date, day: weekdayOf(date), status: date < cohort.startsOn ? 'not-started' : 'ended', sessions: [] }
  }
  return { cohort, program, date, day: today.day, week: today.week, status: 'running', sessions: today.slots }
}

/** Today for a cohort is the date where it meets, not where the server runs. */
export function cohortToday(cohort: CohortSchedule, program: ProgramPlan, now: Date = new Date()): CohortDay {
  return cohortDay(cohort, program, todayIn(cohort.timeZone, now))
}

/** The week a cohort is in on a date, if it is running. */
export function cohortWeek(cohort: CohortSchedule, program: ProgramPlan, date: string): number | undefined {
  return cycleWeekFor(date, cycleOf(cohort, program)) ?? undefined
}
