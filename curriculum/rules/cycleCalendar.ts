/**
 * When the weeks of a program fall on the calendar for one group: a closed cohort runs its weeks
 * once from its start date; a rolling-admission cycle repeats them for as long as it runs.
 *
 * A week of the cycle is the seven days counted from the start date, whatever weekday that is.
 * The schedule names days by weekday (1 = Monday), and every weekday appears exactly once in such
 * a window, so each session of each week happens exactly once per run. Dates are calendar days
 * (YYYY-MM-DD) in the group's own time zone.
 */
import { DateTime, IANAZone } from 'luxon'
import type { DeliveryMode } from '../schemas/program'
import { minutesOfDay } from './programRules'

export interface CycleDates {
  /** The first day of week 1, YYYY-MM-DD. */
  startsOn: string
  /** Weeks in one run of the program. */
  weeks: number
  delivery: DeliveryMode
}

const dayMs = 86_400_000

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs)
}

function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days)
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday, as in a program's schedule. */
export function weekdayOf(date: string): number {
  const sunday0 = new Date(dayNumber(date) * dayMs).getUTCDay()
  return sunday0 === 0 ? 7 : sunday0
}

/**
 * The week of the program that runs on `date`: 1 to `weeks`. Null before the start, and for a
 * closed cohort after its last week (it does not repeat).
 */
export function cycleWeekFor(date: string, cycle: CycleDates): number | null {
  const days = dayNumber(date) - dayNumber(cycle.startsOn)
  if (days < 0 || cycle.weeks < 1) return null
  const weekOffset = Math.floor(days / 7)
  if (cycle.delivery === 'cohort' && weekOffset >= cycle.weeks) return null
  return (weekOffset % cycle.weeks) + 1
}

/** Which run of a rolling cycle `date` is in (0 for the first); a cohort only ever has run 0. */
export function cycleRunFor(date: string, cycle: CycleDates): number | null {
  if (cycleWeekFor(date, cycle) === null) return null
  return Math.floor((dayNumber(date) - dayNumber(cycle.startsOn)) / 7 / cycle.weeks)
}

/** The calendar date of weekday `day` in week `week` of run `run` (0 = the first run). */
export function sessionDateFor(cycle: CycleDates, week: number, day: number, run = 0): string {
  const windowStart = addDays(cycle.startsOn, 7 * (run * cycle.weeks + week - 1))
  return addDays(windowStart, (day - weekdayOf(windowStart) + 7) % 7)
}

/** The calendar day it is now in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()
  if (!today) throw new Error(`"${timeZone}" is not a time zone this server knows.`)
  return today
}

export function isTimeZone(value: string): boolean {
  return IANAZone.isValidZone(value)
}

/**
 * When a session meets, as instants with the zone's offset on that day (daylight saving time
 * included), e.g. 2026-03-09T18:00:00.000-05:00. A start time that does not exist on that day
 * (inside the spring-forward gap) moves forward by the gap.
 */
export function sessionInterval(date: string, start: string, minutes: number, timeZone: string): { start: string; end: string } {
  const begins = DateTime.fromISO(date, { zone: timeZone }).startOf('day').plus({ minutes: minutesOfDay(start) })
  if (!begins.isValid) throw new Error(`Cannot place ${date} ${start} in the time zone "${timeZone}".`)
  return { start: begins.toISO()!, end: begins.plus({ minutes }).toISO()! }
}

export interface ScheduledSlot {
  start: string
}

export interface ScheduleWeek<Slot extends ScheduledSlot> {
  week: number
  days: readonly { day: number; slots: readonly Slot[] }[]
}

/** The sessions that meet on `date`, in order of their start time; empty on a day off. */
export function sessionsOn<Slot extends ScheduledSlot>(
  date: string,
  schedule: readonly ScheduleWeek<Slot>[],
  cycle: CycleDates,
): { week: number; day: number; slots: Slot[] } | null {
  const week = cycleWeekFor(date, cycle)
  if (week === null) return null
  const day = weekdayOf(date)
  const slots = schedule.find((w) => w.week === week)?.days.find((d) => d.day === day)?.slots ?? []
  return { week, day, slots: [...slots].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start)) }
}

export interface SessionOccurrence<Slot extends ScheduledSlot> {
  week: number
  day: number
  date: string
  slot: Slot
}

/** Every session of one run, in calendar order: what a cohort's (or a cycle's) calendar lists. */
export function runSessions<Slot extends ScheduledSlot>(schedule: readonly ScheduleWeek<Slot>[], cycle: CycleDates, run = 0): SessionOccurrence<Slot>[] {
  return schedule
    .flatMap((week) => week.days.flatMap((day) => day.slots.map((slot) => ({ week: week.week, day: day.day, date: sessionDateFor(cycle, week.week, day.day, run), slot }))))
    .sort((a, b) => a.date.localeCompare(b.date) || minutesOfDay(a.slot.start) - minutesOfDay(b.slot.start))
}
