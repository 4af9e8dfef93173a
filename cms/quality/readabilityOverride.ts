import type { PayloadRequest } from 'payload'
import type { LocaleCode } from '../../curriculum/locales'
import type { QualityReport, ReadabilityFormula } from '../../curriculum/quality'
import { lowerIsEasier } from '../../curriculum/quality/targets'
import { clinicalPublisherRoles } from '../access/roles'
import { userHasRole } from '../access/userRole'

/**
 * A clinical reviewer's (or admin's) decision to publish text above the readability target, with
 * the reason. It lives on the document, so every version carries the override it was published
 * under; `grantedFor` keeps the scores it was given for, so it cannot cover a harder text later.
 */
export interface ReadabilityOverride {
  reason?: string | null
  grantedBy?: number | string | { id: number | string } | null
  grantedByName?: string | null
  grantedOn?: string | null
  grantedFor?: Partial<Record<LocaleCode, Partial<Record<ReadabilityFormula, number>>>> | null
}

export const overrideRoles = clinicalPublisherRoles

export function mayOverrideReadability(user: PayloadRequest['user']): boolean {
  return userHasRole(user, overrideRoles)
}

export const overrideReason = (override: ReadabilityOverride | null | undefined): string => (typeof override?.reason === 'string' ? override.reason.trim() : '')

const round = (n: number) => Math.round(n * 10) / 10

/** The scores of every locale, rounded as the admin shows them, to keep with an override. */
export function scoresOf(reports: ReadonlyMap<LocaleCode, QualityReport>): NonNullable<ReadabilityOverride['grantedFor']> {
  const scores: NonNullable<ReadabilityOverride['grantedFor']> = {}
  for (const [locale, report] of reports) {
    scores[locale] = Object.fromEntries(Object.entries(report.readability.scores).map(([formula, value]) => [formula, round(value)]))
  }
  return scores
}

export function grantOverride(reason: string, user: NonNullable<PayloadRequest['user']>, reports: ReadonlyMap<LocaleCode, QualityReport>): ReadabilityOverride {
  const named = user as { id: number | string; name?: string | null; email?: string | null }
  return { reason, grantedBy: named.id, grantedByName: named.name || named.email || String(named.id), grantedOn: new Date().toISOString(), grantedFor: scoresOf(reports) }
}

export const noOverride: ReadabilityOverride = { reason: null, grantedBy: null, grantedByName: null, grantedOn: null, grantedFor: null }

/** Whether an override covers a locale's text as it is now: given, with a reason, for a text no easier than this one. */
export function overrideCovers(override: ReadabilityOverride | null | undefined, locale: LocaleCode, report: QualityReport | undefined): boolean {
  if (!override || overrideReason(override) === '' || !override.grantedBy || !report) return false
  const granted = override.grantedFor?.[locale]
  if (!granted) return false
  return (Object.entries(granted) as [ReadabilityFormula, number][]).every(([formula, then]) => {
    const now = report.readability.scores[formula]
    if (now === undefined) return true
    return lowerIsEasier[formula] ? round(now) <= then : round(now) >= then
  })
}
