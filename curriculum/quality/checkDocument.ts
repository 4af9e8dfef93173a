import type { LocaleCode } from '../locales'
import { contentTypes, type ContentTypeKey } from '../schemas'
import { shippedAllowances, type Allowance } from './allowances'
import { checkAccessibility } from './checkAccessibility'
import { checkLanguage, type AllowedUse } from './checkLanguage'
import { checkReadability, type ReadabilityResult } from './checkReadability'
import { bodyUnits, fieldUnits } from './documentText'
import type { QualityFinding } from './findings'
import { readabilityTargets } from './targets'

/** One document in one locale, as the bundle validator and the CMS both have it. */
export interface QualityInput {
  type: ContentTypeKey
  slug: string
  locale: LocaleCode
  /** The document's localized fields in this locale (title, summary, key points, prompts…). */
  fields: Record<string, unknown>
  /** The Markdown body: a module's body, a script's facilitator notes, a program's overview. */
  body?: string
}

export interface QualityReport {
  findings: QualityFinding[]
  /** Uses of listed words let through by an allowance, shown so nothing passes unseen. */
  allowed: AllowedUse[]
  readability: Omit<ReadabilityResult, 'findings'>
}

/**
 * Runs every quality check that applies to a document's readers: readability for patient,
 * family and public text (facilitator scripts are not held to those targets), the language and
 * safe-messaging lists for everything (a script's prompts are said aloud to patients), and
 * content accessibility for every Markdown body.
 */
export function checkDocumentQuality(input: QualityInput, options: { allowances?: readonly Allowance[] } = {}): QualityReport {
  const readership = contentTypes[input.type].readership
  const body = input.body?.trim() ? input.body : undefined
  const units = [...fieldUnits(input.fields), ...(body ? bodyUnits(body) : [])]

  const firstProse = units.find((unit) => unit.kind === 'prose')
  const readabilityPath = body ? ['body'] : (firstProse?.path ?? [])
  const readability = checkReadability(units, input.locale, readabilityTargets[readership], readabilityPath)
  const language = checkLanguage(units, { document: `${input.type}/${input.slug}`, locale: input.locale, allowances: options.allowances ?? shippedAllowances })
  const accessibility = body ? checkAccessibility(body, input.locale) : []

  // Front-matter findings first (they have no line), then the body top to bottom.
  const findings = [...readability.findings, ...language.findings, ...accessibility].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return {
    findings,
    allowed: language.allowed,
    readability: { stats: readability.stats, scores: readability.scores },
  }
}
