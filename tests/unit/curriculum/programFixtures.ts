import type { ProgramInput, ScriptFacts } from '../../../curriculum/rules/programRules'
import type { SlotKind } from '../../../curriculum/schemas/program'
import type { GroupType } from '../../../curriculum/schemas/sessionScript'

export function script(slug: string, minutes: number, groupType: GroupType, topics: string[] = [], locales: string[] = ['en']): ScriptFacts {
  const half = Math.floor(minutes / 2)
  const segments = [half, minutes - half]
  return { slug, minutes, groupType, topics, segmentMinutesByLocale: Object.fromEntries(locales.map((l) => [l, segments])) }
}

export const scripts: Record<string, ScriptFacts> = Object.fromEntries(
  [
    script('psychoed', 60, 'psychoeducation'),
    script('skills', 60, 'skills'),
    script('process', 60, 'process'),
    script('family', 60, 'family'),
    script('relapse', 60, 'relapse-prevention', ['relapse-prevention']),
    script('aftercare', 60, 'aftercare-planning', ['aftercare-planning']),
  ].map((s) => [s.slug, s]),
)

const slot = (start: string, kind: SlotKind, scriptSlug: string, minutes = 60) => ({ start, minutes, kind, script: scriptSlug })

/** A valid adult program: 8 weeks, 3 days of 3 hours, family every other week, closing topics at the end. */
export function validAdultProgram(): ProgramInput<string> {
  return {
    audience: 'adult',
    weeks: 8,
    daysPerWeek: 3,
    hoursPerDay: 3,
    familyEveryWeeks: 2,
    scriptLocales: ['en'],
    schedule: Array.from({ length: 8 }, (_, i) => ({
      week: i + 1,
      days: [
        { day: 1, slots: [slot('09:00', 'psychoeducation', 'psychoed'), slot('10:00', 'skills-group', 'skills'), slot('11:00', 'process-group', 'process')] },
        { day: 3, slots: [slot('09:00', 'skills-group', 'skills'), slot('10:00', 'process-group', 'process'), slot('11:00', i % 2 === 1 ? 'family-education' : 'skills-group', i % 2 === 1 ? 'family' : 'skills')] },
        {
          day: 5,
          slots: [
            slot('09:00', i === 6 ? 'relapse-prevention' : 'skills-group', i === 6 ? 'relapse' : 'skills'),
            slot('10:00', i === 7 ? 'aftercare-planning' : 'process-group', i === 7 ? 'aftercare' : 'process'),
            slot('11:00', 'skills-group', 'skills'),
          ],
        },
      ],
      psychoeducation: [],
      holistic: [],
      family: [],
    })),
  }
}

export const lookups = { script: (slug: string) => scripts[slug] }
