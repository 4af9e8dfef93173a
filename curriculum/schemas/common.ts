import { z } from 'zod'

/** Lower-case words joined by single hyphens: safe in a URL and a file name, never a path. */
export const slugSchema = z
  .string()
  .min(2, 'must be at least 2 characters')
  .max(80, 'must be at most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens only (e.g. "coping-with-cravings")')

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real calendar date')

export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time written HH:MM (e.g. "09:30")')

export const audiences = ['adult', 'adolescent', 'all'] as const
export const audienceSchema = z.enum(audiences)
export type Audience = z.infer<typeof audienceSchema>

/** Who a program serves: a program is for adults or for adolescents, never both. */
export const programAudiences = ['adult', 'adolescent'] as const
export const programAudienceSchema = z.enum(programAudiences)
export type ProgramAudience = z.infer<typeof programAudienceSchema>

const nonEmptyText = z.string().trim().min(1, 'must not be empty')
export const textSchema = nonEmptyText

/** A web address a reader may follow: http or https only, never javascript:, data: or file:. */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })
export const isWebAddress = (value: unknown): value is string => webAddressSchema.safeParse(value).success

export const referenceSchema = z.object({
  citation: nonEmptyText.max(400, 'must be at most 400 characters'),
  url: webAddressSchema.optional(),
})
export type Reference = z.infer<typeof referenceSchema>

/**
 * Clinical sign-off carried by every clinical document: a named reviewer, when they reviewed it,
 * and when the next review is due (defaults to the review cadence in rules/review.ts).
 */
export const clinicalReviewSchema = z.object({
  reviewer: nonEmptyText.max(120),
  reviewedOn: isoDateSchema,
  nextReviewDue: isoDateSchema,
})
export type ClinicalReview = z.infer<typeof clinicalReviewSchema>

/** Fields every clinical document shares, whatever its content type. */
export const clinicalSharedFields = {
  audience: audienceSchema,
  conditions: z.array(slugSchema).min(1, 'name at least one condition'),
  references: z.array(referenceSchema).default([]),
  review: clinicalReviewSchema,
}

/** Title and summary: how every reader-facing document introduces itself. */
export const titleAndSummaryFields = {
  title: nonEmptyText.max(120),
  summary: nonEmptyText.max(300),
}

export const objectivesSchema = z.array(nonEmptyText.max(300)).min(1, 'list at least one learning objective').max(6)

/** Plain-language rule: at most three key points, so a reader can hold them in mind. */
export const keyPointsSchema = z
  .array(nonEmptyText.max(300))
  .min(1, 'list at least one key point')
  .max(3, 'keep to at most three key points')

/** The teaching shape shared by psychoeducation and family modules. */
export const lessonFields = {
  ...titleAndSummaryFields,
  objectives: objectivesSchema,
  keyPoints: keyPointsSchema,
  tryThis: nonEmptyText.max(1200),
}
