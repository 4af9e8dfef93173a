import ical, { ICalEventRepeatingFreq } from 'ical-generator'
import { DateTime } from 'luxon'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { runSessions, sessionInterval } from '../../../curriculum/rules/cycleCalendar'
import type { LocaleCode } from '../../../curriculum/locales'
import { cycleOf, type CohortSchedule } from '../data/cohorts'
import type { ProgramPlan } from '../data/programs'
import { formatWeekday } from '../i18n/format'
import { slotKindLabels } from '../i18n/labels'
import type { Translate } from '../../i18n/translator'

export interface CohortCalendarInput {
  cohort: CohortSchedule
  program: ProgramPlan
  locale: LocaleCode
  t: Translate
  /** Absolute address of a session's script in the workspace. */
  sessionUrl: (week: number, day: number, session: number) => string
  /** Domain part of every event's UID, so re-importing updates events instead of duplicating them. */
  uidDomain: string
  now?: Date
}

/**
 * A cohort's sessions as an iCalendar file. Times are written in the cohort's own time zone with
 * its VTIMEZONE, so calendars show them right across daylight saving time and when the reader is
 * elsewhere. A closed cohort lists each session once; a rolling cycle lists its first run, each
 * session repeating every cycle length.
 */
export function cohortCalendar({ cohort, program, locale, t, sessionUrl, uidDomain, now = new Date() }: CohortCalendarInput): string {
  const zone = cohort.timeZone
  const calendar = ical({
    name: t('facilitator:calendar.name', { cohort: cohort.name, program: program.name }),
    prodId: { company: 'IOP Curricula', product: 'Facilitator workspace', language: locale.toUpperCase() },
    // A generator without a calendar-wide zone: each event names its own TZID, and DTSTAMP stays in UTC as RFC 5545 asks.
    timezone: { name: null, generator: (tz: string) => tzlib_get_ical_block(tz)[0] ?? null },
    x: [{ key: 'X-WR-TIMEZONE', value: zone }],
  })
  const schedule = program.schedule.map((week) => ({ week: week.week, days: week.days.map((day) => ({ day: day.day, slots: day.sessions })) }))
  const stamp = DateTime.fromJSDate(now, { zone: 'utc' })
  for (const occurrence of runSessions(schedule, cycleOf(cohort, program))) {
    const { slot: session, week, day, date } = occurrence
    const interval = sessionInterval(date, session.start, session.minutes, zone)
    const url = sessionUrl(week, day, session.number)
    const title = session.title ?? t(slotKindLabels[session.kind])
    calendar.createEvent({
      id: `cohort-${cohort.id}-week-${week}-day-${day}-session-${session.number}@${uidDomain}`,
      start: DateTime.fromISO(interval.start, { zone }),
      end: DateTime.fromISO(interval.end, { zone }),
      timezone: zone,
      stamp,
      summary: title,
      description: [
        t('facilitator:calendar.description', { program: program.name, week, weekday: formatWeekday(day, locale), kind: t(slotKindLabels[session.kind]), minutes: session.minutes }),
        url,
      ].join('\n'),
      url,
      ...(cohort.location ? { location: cohort.location } : {}),
      ...(program.delivery === 'rolling' ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY, interval: program.weeks } } : {}),
    })
  }
  return calendar.toString()
}
