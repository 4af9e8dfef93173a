import { z } from 'zod'
import type { LocaleCode } from '../locales'
import allowancesData from './allowances.json'

/**
 * An explicit, reviewed exception to the word lists for one document in one locale: for example
 * an article that quotes the words to avoid in order to teach better ones. By default it covers
 * only uses inside quotation marks, so the same word used plainly elsewhere is still caught.
 */
export const allowanceSchema = z.strictObject({
  /** The document as "<folder>/<slug>", e.g. "articles/words-matter" (the CMS: collection folder and slug). */
  document: z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write the document as "<folder>/<slug>", e.g. "articles/words-matter"'),
  locale: z.string().min(2),
  /** Ids of entries in words/terms.<locale>.json. */
  terms: z.array(z.string().min(1)).min(1),
  /** "quoted": only uses inside quotation marks pass; "anywhere": every use in the document passes. */
  scope: z.enum(['quoted', 'anywhere']).default('quoted'),
  /** Limits the allowance to one field (dotted path prefix, e.g. "body" or "keyPoints"). */
  field: z.string().min(1).optional(),
  /** Why the words are needed here; shown beside every use it lets through. */
  reason: z.string().min(20, 'say why in a full sentence a reviewer can check'),
})

export type Allowance = z.infer<typeof allowanceSchema>

const allowancesFileSchema = z.strictObject({ about: z.string(), allowances: z.array(allowanceSchema) })

export function parseAllowances(data: unknown): Allowance[] {
  const parsed = allowancesFileSchema.safeParse(data)
  if (!parsed.success) throw new Error(`curriculum/quality/allowances.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data.allowances
}

/** The shipped allowances, reviewed like content. */
export const shippedAllowances: readonly Allowance[] = parseAllowances(allowancesData)

/** The allowance that lets this use of a term through, if any. */
export function findAllowance(
  allowances: readonly Allowance[],
  use: { document: string; locale: LocaleCode; term: string; field: string; quoted: boolean },
): Allowance | undefined {
  return allowances.find(
    (a) =>
      a.document === use.document &&
      a.locale === use.locale &&
      a.terms.includes(use.term) &&
      (a.scope === 'anywhere' || use.quoted) &&
      (a.field === undefined || use.field === a.field || use.field.startsWith(`${a.field}.`)),
  )
}
