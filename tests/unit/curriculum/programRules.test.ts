import { describe, expect, it } from 'vitest'
import { checkProgram, checkScriptTiming, programLimits, weeklyHours } from '../../../curriculum/rules/programRules'
import { lookups, script, scripts, validAdultProgram } from './programFixtures'

type Program = ReturnType<typeof validAdultProgram>

function violationsOf(change: (program: Program) => void, extraScripts: Record<string, ReturnType<typeof script>> = {}) {
  const program = validAdultProgram()
  change(program)
  return checkProgram(program, { script: (slug: string) => extraScripts[slug] ?? scripts[slug] })
}

function mutableWeek(program: Program, index: number) {
  return program.schedule[index] as { week: number; days: { day: number; slots: { start: string; minutes: number; kind: string; script: string }[] }[]; psychoeducation?: string[]; family?: string[] }
}

describe('program rules', () => {
  it('accept a valid adult program', () => {
    expect(checkProgram(validAdultProgram(), lookups)).toEqual([])
  })

  it.each([7, 13])('reject a program of %i weeks', (weeks) => {
    const violations = violationsOf((p) => {
      p.weeks = weeks
    })
    expect(violations.some((v) => v.path.join('.') === 'weeks' && v.message.includes('8 to 12 weeks'))).toBe(true)
  })

  it.each([2, 6])('reject %i days a week', (days) => {
    const violations = violationsOf((p) => {
      p.daysPerWeek = days
    })
    expect(violations.find((v) => v.path.join('.') === 'daysPerWeek')?.message).toContain('3 to 5 days a week')
  })

  it('require at least 9 weekly hours for adults and 6 for adolescents', () => {
    const thin = (p: Program) => {
      for (const week of p.schedule) for (const day of mutableWeek(p, week.week - 1).days) day.slots.forEach((s) => (s.minutes = 40))
    }
    const adult = violationsOf(thin)
    expect(adult.some((v) => v.message.includes('needs at least 9 hours a week'))).toBe(true)
    const adolescent = violationsOf((p) => {
      thin(p)
      p.audience = 'adolescent'
    })
    expect(adolescent.some((v) => v.message.includes('hours a week'))).toBe(false)
    expect(programLimits.minWeeklyHours).toEqual({ adult: 9, adolescent: 6 })
  })

  it('reject 20 or more weekly hours as partial hospitalization', () => {
    const violations = violationsOf((p) => {
      p.hoursPerDay = 8
      for (const week of p.schedule) {
        const w = mutableWeek(p, week.week - 1)
        for (const day of w.days) {
          day.slots.push({ start: '12:00', minutes: 60, kind: 'skills-group', script: 'skills' }, { start: '13:00', minutes: 60, kind: 'skills-group', script: 'skills' }, { start: '14:00', minutes: 60, kind: 'skills-group', script: 'skills' })
        }
        w.days.push({ day: 6, slots: [{ start: '09:00', minutes: 60, kind: 'skills-group', script: 'skills' }, { start: '10:00', minutes: 60, kind: 'process-group', script: 'process' }] })
      }
      p.daysPerWeek = 4
    })
    expect(violations.some((v) => v.message.includes('partial hospitalization'))).toBe(true)
  })

  it('reject overlapping sessions and a day longer than its hours', () => {
    const violations = violationsOf((p) => {
      const day = mutableWeek(p, 0).days[0]!
      day.slots[1]!.start = '09:30'
      mutableWeek(p, 1).days[0]!.slots[2]!.start = '11:30'
    })
    expect(violations.find((v) => v.path.join('.') === 'schedule.0.days.0.slots.1.start')?.message).toContain('starts before the one at 09:00 ends (10:00)')
    expect(violations.find((v) => v.path.join('.') === 'schedule.1.days.0.slots')?.message).toContain("more than the program's 3 hours a day")
  })

  it('reject a script longer than its slot, or whose segments do not add up', () => {
    const violations = violationsOf(
      (p) => {
        mutableWeek(p, 0).days[0]!.slots[1]!.script = 'long'
        mutableWeek(p, 0).days[0]!.slots[2]!.script = 'uneven'
      },
      { long: script('long', 90, 'skills'), uneven: { ...script('uneven', 60, 'process'), segmentMinutesByLocale: { en: [20, 30] } } },
    )
    expect(violations.find((v) => v.path.join('.') === 'schedule.0.days.0.slots.1.script')?.message).toContain('runs 90 minutes, longer than this 60-minute slot')
    expect(violations.find((v) => v.path.join('.') === 'schedule.0.days.0.slots.2.script')?.message).toContain('do not add up')
    expect(checkScriptTiming({ minutes: 60, segmentMinutesByLocale: { en: [20, 30] } })[0]?.message).toBe(
      'The timed segments (en) add up to 50 minutes, but the script runs 60 minutes. Make them add up exactly.',
    )
  })

  it('require every script in each of the program’s script languages', () => {
    const violations = violationsOf((p) => {
      p.scriptLocales = ['en', 'es']
    })
    expect(violations[0]?.message).toContain('has no "es" version')
  })

  it('require psychoeducation and a group every week', () => {
    const violations = violationsOf((p) => {
      const w = mutableWeek(p, 2)
      w.days.forEach((day) => day.slots.forEach((s) => ((s.kind = 'family-education'), (s.script = 'family'))))
    })
    expect(violations.map((v) => v.message)).toEqual(expect.arrayContaining(['Week 3 has no psychoeducation: add a psychoeducation session or assign a module.', 'Week 3 has no group: add a skills, process, relapse prevention or aftercare group.']))
    const assigned = violationsOf((p) => {
      const w = mutableWeek(p, 2)
      w.days[0]!.slots[0] = { start: '09:00', minutes: 60, kind: 'skills-group', script: 'skills' }
      w.psychoeducation = ['understanding-depression']
    })
    expect(assigned).toEqual([])
  })

  it('require family education at least every configured number of weeks', () => {
    const violations = violationsOf((p) => {
      const w = mutableWeek(p, 3)
      w.days[1]!.slots[2] = { start: '11:00', minutes: 60, kind: 'skills-group', script: 'skills' }
    })
    expect(violations.find((v) => v.message.includes('no family education'))?.message).toBe('Weeks 3–4 have no family education; this program offers it at least every 2 weeks.')
    const weekly = violationsOf((p) => {
      p.familyEveryWeeks = 1
    })
    expect(weekly.filter((v) => v.message.includes('no family education'))).toHaveLength(4)
  })

  it('require relapse prevention and aftercare planning in the last two weeks', () => {
    const violations = violationsOf((p) => {
      mutableWeek(p, 6).days[2]!.slots[0] = { start: '09:00', minutes: 60, kind: 'skills-group', script: 'skills' }
      mutableWeek(p, 7).days[2]!.slots[1] = { start: '10:00', minutes: 60, kind: 'process-group', script: 'process' }
    })
    expect(violations.map((v) => v.message)).toEqual([
      'The last 2 weeks must include relapse prevention: add a relapse prevention session or module in week 7 or 8.',
      'The last 2 weeks must include aftercare planning: add a aftercare planning session or module in week 7 or 8.',
    ])
  })

  it('count weekly hours', () => {
    expect(weeklyHours(validAdultProgram().schedule[0]!)).toBe(9)
  })
})
