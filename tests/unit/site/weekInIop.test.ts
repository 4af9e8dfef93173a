import { describe, expect, it } from 'vitest'
import { averageWeeklyHours, sessionKinds, titleIndex, weekViews } from '../../../site/lib/weekInIop'
import type { ProgramEntry } from '../../../site/lib/entries'

const schedule: ProgramEntry['schedule'] = [
  {
    week: 2,
    days: [{ day: 3, slots: [{ start: '09:00', minutes: 180, kind: 'skills-group' }] }],
    psychoeducation: [],
    holistic: [],
    family: [],
  },
  {
    week: 1,
    days: [
      { day: 5, slots: [{ start: '10:30', minutes: 90, kind: 'process-group' }, { start: '09:00', minutes: 90, kind: 'psychoeducation' }] },
      { day: 1, slots: [{ start: '09:00', minutes: 180, kind: 'skills-group' }] },
    ],
    psychoeducation: ['understanding-anxiety', 'not-published'],
    holistic: ['body-scan'],
    family: ['family-boundaries'],
  },
]

const titles = {
  psychoeducation: titleIndex([{ slug: 'understanding-anxiety', title: 'Understanding anxiety', translated: true }]),
  holistic: titleIndex([{ slug: 'body-scan', title: 'Body scan', translated: false }]),
  family: titleIndex([{ slug: 'family-boundaries', title: 'Setting healthy boundaries', translated: true }]),
}

describe('a week in IOP', () => {
  const weeks = weekViews({ schedule }, titles)

  it('orders weeks, days and sessions, with end times and totals', () => {
    expect(weeks.map((w) => w.week)).toEqual([1, 2])
    const [first] = weeks
    expect(first!.days.map((d) => d.day)).toEqual([1, 5])
    expect(first!.days[1]!.sessions).toEqual([
      { start: '09:00', end: '10:30', minutes: 90, kind: 'psychoeducation' },
      { start: '10:30', end: '12:00', minutes: 90, kind: 'process-group' },
    ])
    expect(first!.minutes).toBe(360)
    expect(first!.kinds).toEqual(['skills-group', 'psychoeducation', 'process-group'])
  })

  it('links the week’s published readings and practices, leaving out unpublished ones', () => {
    expect(weeks[0]!.psychoeducation).toEqual([{ title: 'Understanding anxiety', page: 'education/understanding-anxiety', translated: true }])
    expect(weeks[0]!.holistic).toEqual([{ title: 'Body scan', page: 'exercises/body-scan', translated: false }])
    expect(weeks[0]!.family).toEqual([{ title: 'Setting healthy boundaries', page: 'family/family-boundaries', translated: true }])
  })

  it('summarizes the kinds of session and the average weekly hours', () => {
    expect(sessionKinds(weeks)).toEqual(['skills-group', 'psychoeducation', 'process-group'])
    expect(averageWeeklyHours(weeks)).toBe(4.5)
    expect(averageWeeklyHours([])).toBe(0)
  })

  it('carries nothing of session scripts', () => {
    expect(JSON.stringify(weeks)).not.toMatch(/script/i)
  })
})
