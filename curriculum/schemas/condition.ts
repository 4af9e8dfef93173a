import { z } from 'zod'
import { slugSchema, textSchema } from './common'
import { defineContentType } from './contentType'

export const condition = defineContentType({
  collection: 'conditions',
  folder: 'conditions',
  label: 'condition',
  readership: 'public',
  clinical: false,
  bodyField: null,
  shared: z.strictObject({ slug: slugSchema }),
  localized: z.strictObject({
    name: textSchema.max(80),
    description: textSchema.max(400),
  }),
})
