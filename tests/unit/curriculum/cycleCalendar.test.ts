import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, cycleRunFor, cycleWeekFor, isTimeZone, runSessions, sessionDateFor, sessionInterval, sessionsOn, todayIn, weekdayOf, type CycleDates } from '../../../curriculum/rules/cycleCalendar'

const rolling: CycleDates = { startsOn: '2026-01-05', weeks: 12, delivery: 'rolling' }
const cohort: CycleDates = { startsOn: '2026-01-05', weeks: 8, delivery: 'cohort' }

const schedule = [
  { week: 1, days: [{ day: 3, slots: [{ start: '10:30', id: 'w1d3b' }, { start: '09:00', id: 'w1d3a' }] }, { day: 1, slots: [{ start: '09:00', id: 'w1d1' }] }] },
  { week: 2, days: [{ day: 1, slots: [{ start: '09:00', id: 'w2d1' }] }, { day: 5, slots: [{ start: '18:00', id: 'w2d5' }] }] },
]

describe('the week of a cycle', () => {
  it('counts seven-day weeks from the start date and repeats a rolling cycle', () => {
    expect(cycleWeekFor('2026-01-05', rolling)).toBe(1)
    expect(cycleWeekFor('2026-01-11', rolling)).toBe(1)
    expect(cycleWeekFor('2026-01-12', rolling)).toBe(2)
    expect(cycleWeekFor('2026-03-29', rolling)).toBe(12)
    expect(cycleWeekFor('2026-03-30', rolling)).toBe(1)
    expect(cycleRunFor('2026-03-30', rolling)).toBe(1)
  })

  it('has no week before the start, and none after a closed cohort ends', () => {
    expect(cycleWeekFor('2026-01-04', rolling)).toBeNull()
    expect(cycleWeekFor('2026-03-01', cohort)).toBe(8)
    expect(cycleWeekFor('2026-03-02', cohort)).toBeNull()
    expect(cycleRunFor('2026-03-02', cohort)).toBeNull()
  })

  it('crosses years and leap days', () => {
    const leap: CycleDates = { startsOn: '2027-12-27', weeks: 10, delivery: 'cohort' }
    expect(cycleWeekFor('2028-01-03', leap)).toBe(2)
    expect(cycleWeekFor('2028-02-29', leap)).toBe(10)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })

  it('names weekdays as the schedule does (1 = Monday)', () => {
    expect(weekdayOf('2026-01-05')).toBe(1)
    expect(weekdayOf('2026-01-10')).toBe(6)
    expect(weekdayOf('2026-01-11')).toBe(7)
  })

  it('puts every session of a week on its weekday inside that week, whatever day the cycle starts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 8, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        (start, weeks, week, day, run) => {
          fc.pre(week <= weeks)
          const cycle: CycleDates = { startsOn: start.toISOString().slice(0, 10), weeks, delivery: 'rolling' }
          const date = sessionDateFor(cycle, week, day, run)
          expect(weekdayOf(date)).toBe(day)
          expect(cycleWeekFor(date, cycle)).toBe(week)
          expect(cycleRunFor(date, cycle)).toBe(run)
        },
      ),
    )
  })
})

describe('sessions on a day', () => {
  it('lists the day’s sessions in order of start time', () => {
    const day = sessionsOn('2026-01-07', schedule, rolling)
    expect(day).toEqual({ week: 1, day: 3, slots: [{ start: '09:00', id: 'w1d3a' }, { start: '10:30', id: 'w1d3b' }] })
  })

  it('is empty on a day off and null outside the cohort', () => {
    expect(sessionsOn('2026-01-06', schedule, rolling)?.slots).toEqual([])
    expect(sessionsOn('2025-12-31', schedule, cohort)).toBeNull()
  })

  it('lists a whole run in calendar order', () => {
    const run = runSessions(schedule, { startsOn: '2026-01-07', weeks: 2, delivery: 'cohort' })
    expect(run.map((s) => [s.date, s.slot.id])).toEqual([
      ['2026-01-07', 'w1d3a'],
      ['2026-01-07', 'w1d3b'],
      ['2026-01-12', 'w1d1'],
      ['2026-01-16', 'w2d5'],
      ['2026-01-19', 'w2d1'],
    ])
  })
})

describe('time zones', () => {
  it('knows what day it is in the group’s time zone', () => {
    const instant = new Date('2026-03-01T03:30:00Z')
    expect(todayIn('America/Chicago', instant)).toBe('2026-02-28')
    expect(todayIn('Europe/Madrid', instant)).toBe('2026-03-01')
    expect(() => todayIn('Mars/Olympus', instant)).toThrow(/time zone/)
  })

  it('keeps the wall-clock time across daylight saving time', () => {
    expect(sessionInterval('2026-03-06', '18:00', 90, 'America/Chicago')).toEqual({ start: '2026-03-06T18:00:00.000-06:00', end: '2026-03-06T19:30:00.000-06:00' })
    expect(sessionInterval('2026-03-09', '18:00', 90, 'America/Chicago')).toEqual({ start: '2026-03-09T18:00:00.000-05:00', end: '2026-03-09T19:30:00.000-05:00' })
  })

  it('validates time zone names', () => {
    expect(isTimeZone('America/Puerto_Rico')).toBe(true)
    expect(isTimeZone('Central Time')).toBe(false)
  })
})
