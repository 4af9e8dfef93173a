import { z } from 'zod'
import { clinicalSharedFields, lessonFields, slugSchema } from './common'
import { defineContentType } from './contentType'

/** What a patient reads: one topic, taught in plain language, with a practice to try. */
export const psychoeducationModule = defineContentType({
  collection: 'psychoeducation-modules',
  labels: {
    en: { singular: 'Psychoeducation module', plural: 'Psychoeducation modules' },
    es: { singular: 'Módulo de psicoeducación', plural: 'Módulos de psicoeducación' },
  },
  titleField: 'title',
  siteSection: 'education',
  handoutKind: 'education',
  readership: 'patients',
  clinical: true,
  bodyField: 'body',
  shared: z.strictObject({
    slug: slugSchema,
    ...clinicalSharedFields,
    /** Program topics this module serves, e.g. "relapse-prevention", "aftercare-planning". */
    topics: z.array(slugSchema).default([]),
  }),
  localized: z.strictObject(lessonFields),
})
