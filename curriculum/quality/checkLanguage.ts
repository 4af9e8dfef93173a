import type { LocaleCode } from '../locales'
import { findAllowance, type Allowance } from './allowances'
import type { QualityFinding } from './findings'
import { isInside, quotedSpans } from './quotes'
import type { TextUnit } from './textUnits'
import { foldForMatching, properNames, termLists, type TermEntry } from './wordLists'

export interface LanguageContext {
  /** The document as "<folder>/<slug>", which allowances name. */
  document: string
  locale: LocaleCode
  allowances: readonly Allowance[]
}

/** A use of a listed term that an allowance let through, kept so it stays visible. */
export interface AllowedUse {
  allowance: Allowance
  term: string
  field: string
  line?: number
  text: string
}

/** Blanks out official names ("Substance Abuse and Mental Health Services Administration") so they pass. */
function maskProperNames(folded: string): string {
  return folded.replace(properNames, (match) => ' '.repeat(match.length))
}

/** Where the sentence around a position starts, for entries that look at their sentence. */
function sentenceStart(text: string, at: number): number {
  return text.slice(0, at).search(/[.!?…][^.!?…]*$/) + 1
}

/** The sentence around a position, for entries that need a suicide context. */
function sentenceAround(text: string, at: number): string {
  const endMatch = /[.!?…]/.exec(text.slice(at))
  return text.slice(sentenceStart(text, at), endMatch ? at + endMatch.index + 1 : text.length)
}

/** Whether one of the three words before a position, in its sentence, is a negation. */
function negated(text: string, at: number, negations: ReadonlySet<string>): boolean {
  const before = text.slice(sentenceStart(text, at), at).toLowerCase().split(/[^\p{L}']+/u).filter(Boolean)
  return before.slice(-3).some((word) => negations.has(word))
}

function matchesOf(entry: TermEntry, text: string): { index: number; length: number }[] {
  const uses: { index: number; length: number }[] = []
  for (const match of text.matchAll(entry.matcher)) {
    if (match[0].length === 0) continue
    if (entry.within && !entry.within.test(sentenceAround(text, match.index))) continue
    if (entry.negations && negated(text, match.index, entry.negations)) continue
    uses.push({ index: match.index, length: match[0].length })
  }
  return uses
}

/**
 * Looks for stigmatizing words and unsafe ways of writing about suicide in every text unit,
 * using the locale's word list. A use passes only through an allowance in allowances.json.
 */
export function checkLanguage(units: readonly TextUnit[], context: LanguageContext): { findings: QualityFinding[]; allowed: AllowedUse[] } {
  const entries = termLists[context.locale] ?? []
  const findings: QualityFinding[] = []
  const allowed: AllowedUse[] = []
  for (const unit of units) {
    const text = maskProperNames(foldForMatching(unit.text))
    const quotes = quotedSpans(unit.text)
    const field = unit.path.join('.')
    for (const entry of entries) {
      for (const { index, length } of matchesOf(entry, text)) {
        const original = unit.text.slice(index, index + length)
        const quoted = isInside(quotes, index, index + length)
        const allowance = findAllowance(context.allowances, { document: context.document, locale: context.locale, term: entry.id, field, quoted })
        if (allowance) {
          allowed.push({ allowance, term: entry.id, field, ...(unit.line !== undefined && { line: unit.line }), text: original })
          continue
        }
        findings.push({
          check: entry.check,
          rule: entry.id,
          severity: entry.severity,
          locale: context.locale,
          field,
          path: unit.path,
          ...(unit.line !== undefined && { line: unit.line }),
          message: `"${original}" ${entry.why}.`,
          suggestion: entry.suggestion,
        })
      }
    }
  }
  return { findings, allowed }
}
