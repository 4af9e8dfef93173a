import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { checkProgram, type ProgramInput, type ScriptFacts } from '../../../../curriculum/rules/programRules'
import type { GroupType } from '../../../../curriculum/schemas/sessionScript'
import { isHeldToRules } from '../../../workflow/isHeldToRules'
import { rejectRuleViolations } from '../../../workflow/rejectRuleViolations'

type Ref = number | string
type RefValue = Ref | { id: Ref } | null | undefined

function idOf(value: RefValue): Ref | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

interface ScriptDoc {
  id: Ref
  slug: string
  minutes: number
  groupType: GroupType
  topics?: string[] | null
  segments?: Record<string, { minutes?: number | null }[] | null> | null
}

interface ModuleDoc {
  id: Ref
  topics?: string[] | null
}

async function loadScripts(req: PayloadRequest, ids: Ref[]): Promise<Map<string, ScriptFacts>> {
  if (ids.length === 0) return new Map()
  // A nested Local API call sets the locale on the shared request; keep the save's own locale.
  const { locale, fallbackLocale } = req
  const { docs } = await req.payload
    .find({
      collection: 'session-scripts',
      where: { id: { in: ids } },
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      req,
    })
    .finally(() => {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    })
  return new Map(
    (docs as unknown as ScriptDoc[]).map((doc) => {
      const segmentMinutesByLocale: Record<string, number[]> = {}
      for (const [locale, rows] of Object.entries(doc.segments ?? {})) {
        if (rows && rows.length > 0) segmentMinutesByLocale[locale] = rows.map((row) => row.minutes ?? 0)
      }
      return [String(doc.id), { slug: doc.slug, minutes: doc.minutes, groupType: doc.groupType, topics: doc.topics ?? [], segmentMinutesByLocale }]
    }),
  )
}

async function loadModuleTopics(req: PayloadRequest, ids: Ref[]): Promise<Map<string, { topics: string[] }>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'psychoeducation-modules',
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    req,
  })
  return new Map((docs as unknown as ModuleDoc[]).map((doc) => [String(doc.id), { topics: doc.topics ?? [] }]))
}

interface ProgramData {
  audience: 'adult' | 'adolescent'
  weeks: number
  daysPerWeek: number
  hoursPerDay: number
  familyEveryWeeks?: number
  scriptLocales?: string[]
  schedule?: {
    week: number
    days?: { day: number; slots?: { start: string; minutes: number; kind: ProgramInput<Ref>['schedule'][number]['days'][number]['slots'][number]['kind']; script: RefValue }[] }[]
    psychoeducation?: RefValue[]
    holistic?: RefValue[]
    family?: RefValue[]
  }[]
}

/** Runs the program rules of curriculum/rules when a program is submitted or published, and reports each problem on its field. */
export const enforceProgramRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (!isHeldToRules(data, originalDoc)) return data
  const program = { ...(originalDoc ?? {}), ...data } as ProgramData
  const refs = (values: RefValue[] | undefined): Ref[] => (values ?? []).map(idOf).filter((id): id is Ref => id !== undefined)
  const input: ProgramInput<Ref> = {
    audience: program.audience,
    weeks: program.weeks,
    daysPerWeek: program.daysPerWeek,
    hoursPerDay: program.hoursPerDay,
    familyEveryWeeks: program.familyEveryWeeks,
    scriptLocales: program.scriptLocales,
    schedule: (program.schedule ?? []).map((week) => ({
      week: week.week,
      days: (week.days ?? []).map((day) => ({
        day: day.day,
        slots: (day.slots ?? []).map((slot) => ({ start: slot.start, minutes: slot.minutes, kind: slot.kind, script: idOf(slot.script) ?? '' })),
      })),
      psychoeducation: refs(week.psychoeducation),
      holistic: refs(week.holistic),
      family: refs(week.family),
    })),
  }
  const scriptIds = [...new Set(input.schedule.flatMap((w) => w.days.flatMap((d) => d.slots.map((s) => s.script))).filter((id) => id !== ''))]
  const moduleIds = [...new Set(input.schedule.flatMap((w) => w.psychoeducation ?? []))]
  const [scripts, modules] = await Promise.all([loadScripts(req, scriptIds), loadModuleTopics(req, moduleIds)])

  const violations = checkProgram(input, {
    script: (ref) => scripts.get(String(ref)),
    psychoeducation: (ref) => modules.get(String(ref)),
  })
  rejectRuleViolations(violations, collection.slug, req)
  return data
}
