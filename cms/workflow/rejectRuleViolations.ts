import { ValidationError, type PayloadRequest } from 'payload'
import type { RuleViolation } from '../../curriculum/rules/programRules'

/** Turns program-rule violations into one error that the admin shows on each offending field. */
export function rejectRuleViolations(violations: readonly RuleViolation[], collection: string, req: PayloadRequest): void {
  if (violations.length === 0) return
  throw new ValidationError({
    collection,
    errors: violations.map((violation) => ({ path: violation.path.join('.'), message: violation.message })),
    req,
  })
}
