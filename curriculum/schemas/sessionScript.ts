import { z } from 'zod'
import { audienceSchema, clinicalReviewSchema, referenceSchema, slugSchema, textSchema } from './common'
import { defineContentType } from './contentType'

export const groupTypes = [
  'psychoeducation',
  'skills',
  'process',
  'family',
  'holistic',
  'relapse-prevention',
  'aftercare-planning',
] as const
export type GroupType = (typeof groupTypes)[number]

export const approaches = [
  'cbt',
  'dbt-skills',
  'motivational-interviewing',
  'client-centered',
  'trauma-informed',
  'relapse-prevention',
  'psychoeducational',
  'mindfulness-based',
  'family-systems',
] as const

export const adaptationKinds = ['adolescent', 'trauma-informed', 'cultural', 'telehealth'] as const

export const segmentSchema = z.strictObject({
  name: textSchema.max(80),
  minutes: z.number().int().min(1, 'must be at least 1 minute').max(240),
  prompts: z.array(textSchema.max(600)).default([]),
})
export type Segment = z.infer<typeof segmentSchema>

/** What a facilitator runs in the room. Never public. */
export const sessionScript = defineContentType({
  collection: 'session-scripts',
  labels: {
    en: { singular: 'Session script', plural: 'Session scripts' },
    es: { singular: 'Guion de sesión', plural: 'Guiones de sesión' },
  },
  titleField: 'title',
  siteSection: null,
  handoutKind: null,
  readership: 'facilitators',
  clinical: true,
  bodyField: 'facilitatorNotes',
  shared: z.strictObject({
    slug: slugSchema,
    groupType: z.enum(groupTypes),
    approach: z.enum(approaches),
    minutes: z.number().int().min(10).max(240),
    audience: audienceSchema.default('all'),
    conditions: z.array(slugSchema).default([]),
    /** Program topics the session covers, e.g. "relapse-prevention", "aftercare-planning". */
    topics: z.array(slugSchema).default([]),
    /** Slugs of psychoeducation modules, family modules or holistic exercises handed out. */
    handouts: z.array(slugSchema).default([]),
    references: z.array(referenceSchema).default([]),
    review: clinicalReviewSchema,
  }),
  localized: z.strictObject({
    title: textSchema.max(120),
    goals: z.array(textSchema.max(300)).min(1, 'list at least one goal'),
    materials: z.array(textSchema.max(200)).default([]),
    preparation: textSchema.max(1500),
    segments: z.array(segmentSchema).min(1, 'add at least one timed segment'),
    adaptations: z
      .array(z.strictObject({ kind: z.enum(adaptationKinds), note: textSchema.max(800) }))
      .default([]),
    safetyNote: textSchema.max(1500),
  }),
})
