import { ValidationError, type PayloadRequest } from 'payload'
import { localeConfig, type LocaleCode } from '../../curriculum/locales'
import type { QualityFinding, QualityReport } from '../../curriculum/quality'

/**
 * How far a save takes a document: drafts may hold anything (autosave writes half-done work);
 * submitting for review needs every quality error fixed but a readability miss, which a reviewer
 * may override; approving and publishing need everything, readability included unless overridden.
 */
export type QualityStage = 'draft' | 'review' | 'approval'

export function qualityStage(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): QualityStage {
  if (data._status === 'published') return 'approval'
  const state = data.workflowState ?? originalDoc?.workflowState
  if (state === 'approved') return 'approval'
  if (state === 'in-review') return 'review'
  return 'draft'
}

export interface BlockingFinding {
  locale: LocaleCode
  finding: QualityFinding
}

const readabilityLimit = 'readability-limit'

/** The errors that stop this save, in every locale checked. */
export function blockingFindings(reports: ReadonlyMap<LocaleCode, QualityReport>, stage: QualityStage, overridden: (locale: LocaleCode) => boolean): BlockingFinding[] {
  if (stage === 'draft') return []
  const blocking: BlockingFinding[] = []
  for (const [locale, report] of reports) {
    for (const finding of report.findings) {
      if (finding.severity !== 'error') continue
      if (finding.rule === readabilityLimit && (stage === 'review' || overridden(locale))) continue
      blocking.push({ locale, finding })
    }
  }
  return blocking
}

const overrideHint =
  'To publish it above the target anyway, a clinical reviewer or an admin writes the reason under "Readability override" in the sidebar; it is kept with this version.'

/** What an editor reads on the field: the language, what is wrong, and what to write instead. */
export function blockingMessage({ locale, finding }: BlockingFinding): string {
  // No Markdown line numbers here: the editor shows rich text; the message quotes the words instead.
  const advice = [finding.suggestion, finding.rule === readabilityLimit ? overrideHint : undefined].filter(Boolean).join(' ')
  return `${localeConfig(locale).label}: ${finding.message}${advice ? ` ${advice}` : ''}`
}

/** Stops the save with one error per finding, each on its field, as the program rules do. */
export function rejectQualityErrors(blocking: readonly BlockingFinding[], collection: string, req: PayloadRequest): void {
  if (blocking.length === 0) return
  throw new ValidationError({ collection, errors: blocking.map((each) => ({ path: each.finding.field, message: blockingMessage(each) })), req })
}
