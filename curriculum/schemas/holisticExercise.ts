import { z } from 'zod'
import { clinicalSharedFields, slugSchema, textSchema, titleAndSummaryFields } from './common'
import { defineContentType } from './contentType'

export const holisticKinds = ['mindfulness', 'breathing', 'movement', 'yoga', 'art', 'nutrition', 'sleep'] as const

/** A body-and-mind practice with steps anyone can follow and the safety notes that keep it gentle. */
export const holisticExercise = defineContentType({
  collection: 'holistic-exercises',
  labels: {
    en: { singular: 'Holistic exercise', plural: 'Holistic exercises' },
    es: { singular: 'Ejercicio holístico', plural: 'Ejercicios holísticos' },
  },
  titleField: 'title',
  siteSection: 'exercises',
  handoutKind: 'exercises',
  readership: 'patients',
  clinical: true,
  bodyField: 'body',
  shared: z.strictObject({
    slug: slugSchema,
    ...clinicalSharedFields,
    kind: z.enum(holisticKinds),
    minutes: z.number().int().min(1).max(180),
  }),
  localized: z.strictObject({
    ...titleAndSummaryFields,
    steps: z.array(textSchema.max(400)).min(2, 'list at least two steps'),
    safetyNotes: z.array(textSchema.max(400)).min(1, 'add at least one safety note'),
  }),
})
