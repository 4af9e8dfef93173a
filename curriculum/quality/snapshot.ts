import type { LocaleCode } from '../locales'
import type { QualityReport } from './checkDocument'
import type { QualityCheck, QualitySeverity } from './findings'
import { formulaName, type ReadabilityFormula } from './readability'
import { lowerIsEasier, readabilityTargets, type Readership } from './targets'

/** One readability score beside its target, ready to show. */
export interface ScoreSnapshot {
  formula: ReadabilityFormula
  name: string
  value: number
  /** "at most" for grades, "at least" for ease scores. */
  direction: 'at most' | 'at least'
  limit?: number
  aim?: number
  meetsLimit: boolean
  meetsAim: boolean
}

/**
 * A quality report as plain JSON, for the CMS to store on the document (so it travels with each
 * version) and for the admin to show without running the engine in the browser.
 */
export interface QualitySnapshot {
  locale: LocaleCode
  errors: number
  warnings: number
  readability: {
    readers: string | null
    words: number
    sentences: number
    /** Below this many words a text is not scored against the target. */
    minWords: number | null
    /** "any": one Spanish formula within its limit is enough; "all": every limit must hold. */
    limitsNeeded: 'any' | 'all' | null
    scores: ScoreSnapshot[]
  }
  findings: { severity: QualitySeverity; check: QualityCheck; rule: string; field: string; line?: number; message: string; suggestion?: string; source?: string }[]
  allowed: { term: string; field: string; line?: number; text: string; scope: 'quoted' | 'anywhere'; reason: string }[]
}

const round = (n: number) => Math.round(n * 10) / 10

/** Turns a report into the JSON the CMS stores; the readership says which targets apply. */
export function qualitySnapshot(report: QualityReport, readership: Readership, locale: LocaleCode): QualitySnapshot {
  const target = readabilityTargets[readership]
  const localeTarget = target?.locales[locale]
  const scores = (Object.entries(report.readability.scores) as [ReadabilityFormula, number][]).map(([formula, value]): ScoreSnapshot => {
    const goal = localeTarget?.formulas.find((each) => each.formula === formula)
    const within = (line: number | undefined) => line === undefined || (lowerIsEasier[formula] ? value <= line : value >= line)
    return {
      formula,
      name: formulaName[formula],
      value: round(value),
      direction: lowerIsEasier[formula] ? 'at most' : 'at least',
      ...(goal?.limit !== undefined && { limit: goal.limit }),
      ...(goal?.aim !== undefined && { aim: goal.aim }),
      meetsLimit: within(goal?.limit),
      meetsAim: within(goal?.aim),
    }
  })
  return {
    locale,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    readability: {
      readers: target?.readers ?? null,
      words: report.readability.stats.words,
      sentences: report.readability.stats.sentences,
      minWords: target?.minWords ?? null,
      limitsNeeded: localeTarget?.limitsNeeded ?? null,
      scores,
    },
    findings: report.findings.map(({ severity, check, rule, field, line, message, suggestion, source }) => ({
      severity,
      check,
      rule,
      field,
      ...(line !== undefined && { line }),
      message,
      ...(suggestion !== undefined && { suggestion }),
      ...(source !== undefined && { source }),
    })),
    allowed: report.allowed.map((use) => ({
      term: use.term,
      field: use.field,
      ...(use.line !== undefined && { line: use.line }),
      text: use.text,
      scope: use.allowance.scope,
      reason: use.allowance.reason,
    })),
  }
}
