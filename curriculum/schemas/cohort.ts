import { z } from 'zod'
import { isTimeZone } from '../rules/cycleCalendar'
import { isoDateSchema } from './common'

/**
 * A group that runs a program from a start date in its own time zone: a closed cohort runs the
 * program's weeks once; for a rolling-admission program it is the cycle that repeats. This is an
 * operational record kept in the CMS, not curriculum content, so it is not part of the bundle.
 */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, 'must be a time zone name from the IANA database, such as "America/Chicago" or "America/Puerto_Rico"')

export const cohortSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(120),
  startsOn: isoDateSchema,
  timeZone: timeZoneSchema,
  location: z.string().trim().max(200).optional(),
})
export type CohortInput = z.infer<typeof cohortSchema>
