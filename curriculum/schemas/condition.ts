import { z } from 'zod'
import { slugSchema, textSchema } from './common'
import { defineContentType } from './contentType'

export const condition = defineContentType({
  collection: 'conditions',
  labels: {
    en: { singular: 'Condition', plural: 'Conditions' },
    es: { singular: 'Condición', plural: 'Condiciones' },
  },
  titleField: 'name',
  siteSection: null,
  handoutKind: null,
  readership: 'public',
  clinical: false,
  bodyField: null,
  shared: z.strictObject({ slug: slugSchema }),
  localized: z.strictObject({
    name: textSchema.max(80),
    description: textSchema.max(400),
  }),
})
