import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { cohortCalendar } from '../../../cms/facilitator/calendar/cohortCalendar'
import type { CohortSchedule } from '../../../cms/facilitator/data/cohorts'
import type { ProgramPlan } from '../../../cms/facilitator/data/programs'
import { translator } from '../../../cms/i18n/translator'

const session = (number: number, start: string, end: string, minutes: number, title: string) => ({
  number,
  start,
  end,
  minutes,
  kind: 'relapse-prevention' as const,
  scriptId: number,
  title,
})

/** Two weeks whose sessions fall either side of the 2026 change to daylight saving time in Chicago (8 March). */
const plan = (delivery: ProgramPlan['delivery']): ProgramPlan => ({
  id: 1,
  slug: 'evening-track',
  name: 'Evening track',
  summary: 'Four evenings a week.',
  delivery,
  weeks: 2,
  schedule: [
    { week: 1, days: [{ day: 5, sessions: [session(1, '18:00', '19:30', 90, 'Riding out cravings and urges'), session(2, '19:30', '21:00', 90, 'Process group')] }], assigned: [] },
    { week: 2, days: [{ day: 1, sessions: [session(1, '18:00', '19:00', 60, 'Saying no with confidence')] }], assigned: [] },
  ],
})

const cohort: CohortSchedule = { id: 7, name: 'Spring cohort', programId: 1, startsOn: '2026-03-06', timeZone: 'America/Chicago', location: 'Room 2' }

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}

const build = (delivery: ProgramPlan['delivery'], locale: 'en' | 'es' = 'en') =>
  cohortCalendar({
    cohort,
    program: plan(delivery),
    locale,
    t: translator(locale),
    sessionUrl: (week, day, number) => `https://cms.example.org/facilitator/${locale}/programs/evening-track/weeks/${week}/days/${day}/sessions/${number}`,
    uidDomain: 'cms.example.org',
    now: new Date('2026-02-01T10:00:00Z'),
  })

describe('a cohort calendar (.ics)', () => {
  it('parses, with the cohort’s own VTIMEZONE and every session as an event', () => {
    const text = build('cohort')
    const { calendar, events } = parse(text)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Chicago')
    expect(events.map((e) => e.summary)).toEqual(['Riding out cravings and urges', 'Process group', 'Saying no with confidence'])
    expect(new Set(events.map((e) => e.uid)).size).toBe(3)
    expect(events.every((e) => e.component.getFirstProperty('dtstart')?.getParameter('tzid') === 'America/Chicago')).toBe(true)
    expect(text).toContain('DTSTAMP:20260201T100000Z')
    expect(events[0]!.location).toBe('Room 2')
    expect(events[0]!.description).toContain('/weeks/1/days/5/sessions/1')
    expect(events.every((e) => !e.isRecurring())).toBe(true)
  })

  it('keeps sessions at their wall-clock time on both sides of daylight saving time', () => {
    const { events } = parse(build('cohort'))
    const [friday, , monday] = events
    expect(friday!.startDate.toString()).toBe('2026-03-06T18:00:00')
    expect(friday!.startDate.toJSDate().toISOString()).toBe('2026-03-07T00:00:00.000Z')
    expect(friday!.endDate.toJSDate().toISOString()).toBe('2026-03-07T01:30:00.000Z')
    expect(monday!.startDate.toString()).toBe('2026-03-16T18:00:00')
    expect(monday!.startDate.toJSDate().toISOString()).toBe('2026-03-16T23:00:00.000Z')
  })

  it('repeats a rolling cycle every cycle length', () => {
    const { events } = parse(build('rolling'))
    const first = events[0]!
    expect(first.isRecurring()).toBe(true)
    const iterator = first.iterator()
    const starts = [iterator.next(), iterator.next(), iterator.next()].map((time) => time!.toString())
    expect(starts).toEqual(['2026-03-06T18:00:00', '2026-03-20T18:00:00', '2026-04-03T18:00:00'])
  })

  it('speaks the facilitator’s language', () => {
    const { calendar, events } = parse(build('cohort', 'es'))
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Spring cohort · Evening track')
    expect(events[0]!.description).toContain('semana 1, viernes')
    expect(events[0]!.description).toContain('Prevención de recaídas, 90 minutos')
  })
})
