/**
 * The program rules of an intensive outpatient program, in one place. The CMS runs them on save,
 * the bundle validator and importer run them on files, and the tests pin every number here.
 */
import type { GroupType } from '../schemas/sessionScript'
import type { SlotKind } from '../schemas/program'

export const programLimits = {
  minWeeks: 8,
  maxWeeks: 12,
  minDaysPerWeek: 3,
  maxDaysPerWeek: 5,
  /** ASAM level 2.1: at least 9 hours a week for adults, 6 for adolescents. */
  minWeeklyHours: { adult: 9, adolescent: 6 },
  /** 20 or more hours a week is partial hospitalization (level 2.5), no longer IOP. */
  weeklyHoursBelow: 20,
  defaultFamilyEveryWeeks: 2,
  /** Relapse prevention and aftercare planning must appear in this many final weeks. */
  closingWeeks: 2,
} as const

export const groupSlotKinds: readonly SlotKind[] = ['skills-group', 'process-group', 'relapse-prevention', 'aftercare-planning']
export const relapsePreventionTopic = 'relapse-prevention'
export const aftercarePlanningTopic = 'aftercare-planning'

/** A path into the program document, in the same shape as the CMS fields, e.g. ['schedule', 2, 'days', 0]. */
export type FieldPath = (string | number)[]

export interface RuleViolation {
  path: FieldPath
  message: string
}

/** What the rules need to know of a session script. */
export interface ScriptFacts {
  slug: string
  minutes: number
  groupType: GroupType
  topics: readonly string[]
  /** Segment minutes for each locale the script is written in. */
  segmentMinutesByLocale: Record<string, readonly number[]>
}

/** What the rules need to know of an item assigned to a week (module or exercise). */
export interface AssignedItemFacts {
  topics: readonly string[]
}

export interface SlotInput<Ref> {
  start: string
  minutes: number
  kind: SlotKind
  script: Ref
}

export interface ProgramInput<Ref> {
  audience: 'adult' | 'adolescent'
  weeks: number
  daysPerWeek: number
  hoursPerDay: number
  familyEveryWeeks?: number
  scriptLocales?: readonly string[]
  schedule: readonly {
    week: number
    days: readonly { day: number; slots: readonly SlotInput<Ref>[] }[]
    psychoeducation?: readonly Ref[]
    holistic?: readonly Ref[]
    family?: readonly Ref[]
  }[]
}

export interface ProgramLookups<Ref> {
  script: (ref: Ref) => ScriptFacts | undefined
  psychoeducation?: (ref: Ref) => AssignedItemFacts | undefined
}

export function minutesOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

export function clockTime(minutesOfDayValue: number): string {
  const hours = Math.floor(minutesOfDayValue / 60) % 24
  const minutes = minutesOfDayValue % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

export function weeklyHours(week: { days: readonly { slots: readonly { minutes: number }[] }[] }): number {
  const minutes = week.days.reduce((sum, day) => sum + day.slots.reduce((s, slot) => s + slot.minutes, 0), 0)
  return minutes / 60
}

function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1)
}

/** A script's timed segments must add up to exactly its length, in every locale it is written in. */
export function checkScriptTiming(script: {
  minutes: number
  segmentMinutesByLocale: Record<string, readonly number[]>
}): RuleViolation[] {
  const violations: RuleViolation[] = []
  for (const [locale, segmentMinutes] of Object.entries(script.segmentMinutesByLocale)) {
    const total = segmentMinutes.reduce((sum, m) => sum + m, 0)
    if (total !== script.minutes) {
      violations.push({
        path: ['segments'],
        message: `The timed segments (${locale}) add up to ${total} minutes, but the script runs ${script.minutes} minutes. Make them add up exactly.`,
      })
    }
  }
  return violations
}

function checkDose(program: ProgramInput<unknown>): RuleViolation[] {
  const violations: RuleViolation[] = []
  const { minWeeks, maxWeeks, minDaysPerWeek, maxDaysPerWeek } = programLimits
  if (!Number.isInteger(program.weeks) || program.weeks < minWeeks || program.weeks > maxWeeks) {
    violations.push({ path: ['weeks'], message: `An IOP runs ${minWeeks} to ${maxWeeks} weeks; this program has ${program.weeks}.` })
  }
  if (!Number.isInteger(program.daysPerWeek) || program.daysPerWeek < minDaysPerWeek || program.daysPerWeek > maxDaysPerWeek) {
    violations.push({
      path: ['daysPerWeek'],
      message: `An IOP meets ${minDaysPerWeek} to ${maxDaysPerWeek} days a week; this program has ${program.daysPerWeek}.`,
    })
  }
  if (program.schedule.length !== program.weeks) {
    violations.push({
      path: ['schedule'],
      message: `The schedule lists ${program.schedule.length} weeks, but the program is ${program.weeks} weeks long. Add or remove weeks so they match.`,
    })
  }
  return violations
}

function checkWeek<Ref>(program: ProgramInput<Ref>, weekIndex: number, lookups: ProgramLookups<Ref>): RuleViolation[] {
  const violations: RuleViolation[] = []
  const week = program.schedule[weekIndex]
  if (!week) return violations
  const weekLabel = `Week ${weekIndex + 1}`
  const weekPath: FieldPath = ['schedule', weekIndex]

  if (week.week !== weekIndex + 1) {
    violations.push({ path: [...weekPath, 'week'], message: `${weekLabel} is numbered ${week.week}; number the weeks 1, 2, 3… in order.` })
  }
  if (week.days.length !== program.daysPerWeek) {
    violations.push({
      path: [...weekPath, 'days'],
      message: `${weekLabel} has ${week.days.length} program days, but the program meets ${program.daysPerWeek} days a week.`,
    })
  }
  const seenDays = new Set<number>()
  week.days.forEach((day, dayIndex) => {
    if (seenDays.has(day.day)) {
      violations.push({ path: [...weekPath, 'days', dayIndex, 'day'], message: `${weekLabel} lists day ${day.day} twice.` })
    }
    seenDays.add(day.day)
    violations.push(...checkDay(program, weekIndex, dayIndex, lookups))
  })

  const hours = weeklyHours(week)
  const minHours = programLimits.minWeeklyHours[program.audience]
  if (hours < minHours) {
    violations.push({
      path: weekPath,
      message: `${weekLabel} schedules ${formatHours(hours)} hours; an ${program.audience} IOP needs at least ${minHours} hours a week.`,
    })
  }
  if (hours >= programLimits.weeklyHoursBelow) {
    violations.push({
      path: weekPath,
      message: `${weekLabel} schedules ${formatHours(hours)} hours; ${programLimits.weeklyHoursBelow} or more hours a week is partial hospitalization, not IOP.`,
    })
  }

  const slots = week.days.flatMap((day) => day.slots)
  const hasPsychoeducation = slots.some((slot) => slot.kind === 'psychoeducation') || (week.psychoeducation?.length ?? 0) > 0
  if (!hasPsychoeducation) {
    violations.push({ path: weekPath, message: `${weekLabel} has no psychoeducation: add a psychoeducation session or assign a module.` })
  }
  if (!slots.some((slot) => groupSlotKinds.includes(slot.kind))) {
    violations.push({ path: weekPath, message: `${weekLabel} has no group: add a skills, process, relapse prevention or aftercare group.` })
  }
  return violations
}

function checkDay<Ref>(program: ProgramInput<Ref>, weekIndex: number, dayIndex: number, lookups: ProgramLookups<Ref>): RuleViolation[] {
  const violations: RuleViolation[] = []
  const day = program.schedule[weekIndex]?.days[dayIndex]
  if (!day) return violations
  const dayPath: FieldPath = ['schedule', weekIndex, 'days', dayIndex]
  const where = `Week ${weekIndex + 1}, day ${day.day}`

  const ordered = day.slots.map((slot, index) => ({ slot, index })).sort((a, b) => minutesOfDay(a.slot.start) - minutesOfDay(b.slot.start))
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!
    const current = ordered[i]!
    const previousEnd = minutesOfDay(previous.slot.start) + previous.slot.minutes
    if (minutesOfDay(current.slot.start) < previousEnd) {
      violations.push({
        path: [...dayPath, 'slots', current.index, 'start'],
        message: `${where}: the session at ${current.slot.start} starts before the one at ${previous.slot.start} ends (${clockTime(previousEnd)}).`,
      })
    }
  }
  const first = ordered[0]
  const last = ordered[ordered.length - 1]
  if (first && last) {
    const span = minutesOfDay(last.slot.start) + last.slot.minutes - minutesOfDay(first.slot.start)
    if (span > program.hoursPerDay * 60) {
      violations.push({
        path: [...dayPath, 'slots'],
        message: `${where} runs ${formatHours(span / 60)} hours from first to last session, more than the program's ${formatHours(program.hoursPerDay)} hours a day.`,
      })
    }
  }

  day.slots.forEach((slot, slotIndex) => {
    const slotPath: FieldPath = [...dayPath, 'slots', slotIndex]
    const script = lookups.script(slot.script)
    if (!script) {
      violations.push({ path: [...slotPath, 'script'], message: `${where}, ${slot.start}: the session script "${String(slot.script)}" does not exist.` })
      return
    }
    if (script.minutes > slot.minutes) {
      violations.push({
        path: [...slotPath, 'script'],
        message: `${where}, ${slot.start}: the script "${script.slug}" runs ${script.minutes} minutes, longer than this ${slot.minutes}-minute slot.`,
      })
    }
    if (checkScriptTiming(script).length > 0) {
      violations.push({
        path: [...slotPath, 'script'],
        message: `${where}, ${slot.start}: the timed segments of the script "${script.slug}" do not add up to its ${script.minutes} minutes.`,
      })
    }
    for (const locale of program.scriptLocales ?? []) {
      if (!script.segmentMinutesByLocale[locale]) {
        violations.push({
          path: [...slotPath, 'script'],
          message: `${where}, ${slot.start}: the script "${script.slug}" has no "${locale}" version, and this program runs its scripts in ${(program.scriptLocales ?? []).join(' and ')}.`,
        })
      }
    }
  })
  return violations
}

function weekHasFamilyEducation<Ref>(week: ProgramInput<Ref>['schedule'][number]): boolean {
  return week.days.some((day) => day.slots.some((slot) => slot.kind === 'family-education')) || (week.family?.length ?? 0) > 0
}

function checkFamilyCadence<Ref>(program: ProgramInput<Ref>): RuleViolation[] {
  const every = program.familyEveryWeeks ?? programLimits.defaultFamilyEveryWeeks
  const violations: RuleViolation[] = []
  let weeksWithout = 0
  program.schedule.forEach((week, index) => {
    weeksWithout = weekHasFamilyEducation(week) ? 0 : weeksWithout + 1
    if (weeksWithout === every) {
      violations.push({
        path: ['schedule', index],
        message: `Weeks ${index + 2 - every}–${index + 1} have no family education; this program offers it at least every ${every === 1 ? 'week' : `${every} weeks`}.`,
      })
      weeksWithout = 0
    }
  })
  return violations
}

function weekCoversTopic<Ref>(week: ProgramInput<Ref>['schedule'][number], topic: string, lookups: ProgramLookups<Ref>): boolean {
  const bySlot = week.days.some((day) =>
    day.slots.some((slot) => {
      if (slot.kind === topic) return true
      const script = lookups.script(slot.script)
      return script !== undefined && (script.groupType === topic || script.topics.includes(topic))
    }),
  )
  const byModule = (week.psychoeducation ?? []).some((ref) => lookups.psychoeducation?.(ref)?.topics.includes(topic) ?? false)
  return bySlot || byModule
}

function checkClosingWeeks<Ref>(program: ProgramInput<Ref>, lookups: ProgramLookups<Ref>): RuleViolation[] {
  const closing = program.schedule.slice(-programLimits.closingWeeks)
  if (closing.length === 0) return []
  const firstClosingIndex = program.schedule.length - closing.length
  const violations: RuleViolation[] = []
  const needs: [string, string][] = [
    [relapsePreventionTopic, 'relapse prevention'],
    [aftercarePlanningTopic, 'aftercare planning'],
  ]
  for (const [topic, label] of needs) {
    if (!closing.some((week) => weekCoversTopic(week, topic, lookups))) {
      violations.push({
        path: ['schedule', firstClosingIndex],
        message: `The last ${programLimits.closingWeeks} weeks must include ${label}: add a ${label} session or module in week ${firstClosingIndex + 1} or ${program.schedule.length}.`,
      })
    }
  }
  return violations
}

/** Every rule a program must keep. An empty list means the program is a valid IOP. */
export function checkProgram<Ref>(program: ProgramInput<Ref>, lookups: ProgramLookups<Ref>): RuleViolation[] {
  return [
    ...checkDose(program),
    ...program.schedule.flatMap((_, index) => checkWeek(program, index, lookups)),
    ...checkFamilyCadence(program),
    ...checkClosingWeeks(program, lookups),
  ]
}
