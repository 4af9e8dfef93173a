import { z } from 'zod'
import { clinicalSharedFields, lessonFields, slugSchema } from './common'
import { defineContentType } from './contentType'

export const familyTopics = [
  'understanding-the-condition',
  'communication',
  'boundaries',
  'supporting-without-enabling',
  'warning-signs',
  'crisis-plan',
  'caregiver-care',
] as const

/** What families and caregivers read. */
export const familyModule = defineContentType({
  collection: 'family-modules',
  labels: {
    en: { singular: 'Family education module', plural: 'Family education modules' },
    es: { singular: 'Módulo para familias', plural: 'Módulos para familias' },
  },
  titleField: 'title',
  siteSection: 'family',
  handoutKind: 'family',
  readership: 'families',
  clinical: true,
  bodyField: 'body',
  shared: z.strictObject({
    slug: slugSchema,
    ...clinicalSharedFields,
    familyTopic: z.enum(familyTopics),
  }),
  localized: z.strictObject(lessonFields),
})
