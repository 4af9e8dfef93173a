import { z } from 'zod'
import { audienceSchema, clinicalReviewSchema, referenceSchema, slugSchema, titleAndSummaryFields } from './common'
import { defineContentType } from './contentType'

export const articleKinds = ['explainer', 'myths-and-facts', 'story', 'how-to-get-help', 'cost-and-insurance'] as const

/** Public and stigma-reduction content, written by marketing; clinical ones need a reviewer. */
export const article = defineContentType({
  collection: 'articles',
  labels: {
    en: { singular: 'Article', plural: 'Articles' },
    es: { singular: 'Artículo', plural: 'Artículos' },
  },
  titleField: 'title',
  siteSection: 'articles',
  handoutKind: null,
  readership: 'public',
  clinical: 'when-flagged',
  bodyField: 'body',
  shared: z
    .strictObject({
      slug: slugSchema,
      kind: z.enum(articleKinds),
      audience: audienceSchema.default('all'),
      conditions: z.array(slugSchema).default([]),
      clinical: z.boolean().default(false),
      /** A story is published only with the teller's recorded consent. */
      storyConsent: z.boolean().optional(),
      publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
      references: z.array(referenceSchema).default([]),
      review: clinicalReviewSchema.optional(),
    })
    .superRefine((value, ctx) => {
      if (value.clinical && !value.review) {
        ctx.addIssue({ code: 'custom', path: ['review'], message: 'a clinical article needs a named reviewer and review dates' })
      }
      if (value.kind === 'story' && value.storyConsent !== true) {
        ctx.addIssue({ code: 'custom', path: ['storyConsent'], message: 'a story can be published only with the consent of the person who shared it' })
      }
    }),
  localized: z.strictObject({
    ...titleAndSummaryFields,
  }),
})
