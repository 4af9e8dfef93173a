import { z } from 'zod'
import { clinicalReviewSchema, clockTimeSchema, programAudienceSchema, referenceSchema, slugSchema, textSchema } from './common'
import { defineContentType } from './contentType'
import { localeCodes } from '../locales'

export const slotKinds = [
  'psychoeducation',
  'skills-group',
  'process-group',
  'holistic',
  'family-education',
  'relapse-prevention',
  'aftercare-planning',
  'check-in',
] as const
export type SlotKind = (typeof slotKinds)[number]

export const slotSchema = z.strictObject({
  start: clockTimeSchema,
  minutes: z.number().int().min(10, 'a slot is at least 10 minutes').max(240),
  kind: z.enum(slotKinds),
  script: slugSchema,
})
export type Slot = z.infer<typeof slotSchema>

export const programDaySchema = z.strictObject({
  day: z.number().int().min(1).max(7),
  slots: z.array(slotSchema).min(1, 'a program day holds at least one session'),
})
export type ProgramDay = z.infer<typeof programDaySchema>

export const programWeekSchema = z.strictObject({
  week: z.number().int().min(1),
  days: z.array(programDaySchema),
  psychoeducation: z.array(slugSchema).default([]),
  holistic: z.array(slugSchema).default([]),
  family: z.array(slugSchema).default([]),
})
export type ProgramWeek = z.infer<typeof programWeekSchema>

export const deliveryModes = ['rolling', 'cohort'] as const
export type DeliveryMode = (typeof deliveryModes)[number]

/**
 * A track: who it serves, its dose, and week by week the sessions that run.
 * A rolling program is a cycle that repeats; a person joins in any week.
 */
export const program = defineContentType({
  collection: 'programs',
  labels: {
    en: { singular: 'Program', plural: 'Programs' },
    es: { singular: 'Programa', plural: 'Programas' },
  },
  titleField: 'name',
  siteSection: 'programs',
  handoutKind: null,
  readership: 'public',
  clinical: true,
  bodyField: 'overview',
  shared: z.strictObject({
    slug: slugSchema,
    audience: programAudienceSchema,
    conditions: z.array(slugSchema).min(1, 'name at least one condition served'),
    delivery: z.enum(deliveryModes),
    weeks: z.number().int(),
    daysPerWeek: z.number().int(),
    hoursPerDay: z.number().positive().max(8),
    /** Locales every session script of this program must be written in. */
    scriptLocales: z.array(z.enum(localeCodes as [string, ...string[]])).default(['en']),
    /** Family education at least once every this many weeks. */
    familyEveryWeeks: z.number().int().min(1).max(4).default(2),
    schedule: z.array(programWeekSchema),
    references: z.array(referenceSchema).default([]),
    review: clinicalReviewSchema,
  }),
  localized: z.strictObject({
    name: textSchema.max(120),
    summary: textSchema.max(400),
  }),
})

export type ProgramShared = z.infer<typeof program.shared>
