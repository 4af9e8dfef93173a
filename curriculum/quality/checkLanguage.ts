import type { LocaleCode } from '../locales'
import { findAllowance, type Allowance } from './allowances'
import { equalityMatches, equalityTermId, mappedTerm } from './checkEquality'
import type { QualityFinding } from './findings'
import { isInside, quotedSpans } from './quotes'
import type { TextUnit } from './textUnits'
import { anyTerm, foldForMatching, properNames, termLists, type TermEntry } from './wordLists'

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

/** The same blanking on the original text, for retext-equality (folding keeps every position). */
function maskProperNamesInOriginal(text: string): string {
  let masked = text
  for (const match of foldForMatching(text).matchAll(properNames)) {
    masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length)
  }
  return masked
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
  // Spans our own list matched (flagged or allowed), so retext-equality does not report them twice.
  const covered: [number, number][][] = units.map(() => [])
  units.forEach((unit, unitIndex) => {
    const text = maskProperNames(foldForMatching(unit.text))
    if (!anyTerm[context.locale]?.test(text)) return
    const quotes = quotedSpans(unit.text)
    const field = unit.path.join('.')
    for (const entry of entries) {
      for (const { index, length } of matchesOf(entry, text)) {
        covered[unitIndex]?.push([index, index + length])
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
  })
  if (context.locale === 'en') checkEquality(units, covered, context, findings, allowed)
  return { findings, allowed }
}

const overlaps = (spans: readonly [number, number][] | undefined, start: number, end: number) => (spans ?? []).some(([from, to]) => start < to && end > from)

/**
 * retext-equality's findings that our list did not already make, as warnings: with our
 * explanation and suggestion where words/equality.en.json maps the rule to one of our entries,
 * and through the same allowances (by our entry's id, or "equality:<rule>").
 */
function checkEquality(units: readonly TextUnit[], covered: readonly [number, number][][], context: LanguageContext, findings: QualityFinding[], allowed: AllowedUse[]): void {
  const entries = termLists.en ?? []
  const masked = units.map((unit) => ({ ...unit, text: maskProperNamesInOriginal(unit.text) }))
  for (const match of equalityMatches(masked)) {
    const unit = units[match.unit]
    if (!unit || overlaps(covered[match.unit], match.start, match.end)) continue
    const mapped = mappedTerm(match.ruleId, match.actual)
    const entry = mapped ? entries.find((each) => each.id === mapped) : undefined
    const term = entry?.id ?? equalityTermId(match.ruleId)
    const field = unit.path.join('.')
    const original = unit.text.slice(match.start, match.end)
    const quoted = isInside(quotedSpans(unit.text), match.start, match.end)
    const allowance = findAllowance(context.allowances, { document: context.document, locale: context.locale, term, field, quoted })
    if (allowance) {
      allowed.push({ allowance, term, field, ...(unit.line !== undefined && { line: unit.line }), text: original })
      continue
    }
    const alternatives = match.expected.slice(0, 3).map((word) => `"${word}"`)
    findings.push({
      check: 'language',
      rule: equalityTermId(match.ruleId),
      severity: 'warning',
      locale: context.locale,
      field,
      path: unit.path,
      ...(unit.line !== undefined && { line: unit.line }),
      message: entry ? `"${original}" ${entry.why}.` : `"${original}" may be insensitive or stigmatizing (retext-equality, rule "${match.ruleId}").`,
      suggestion: entry?.suggestion ?? (alternatives.length > 0 ? `Consider ${alternatives.join(', ')}, or describe what you mean plainly.` : 'Say it in plainer, more respectful words.'),
      source: 'retext-equality',
    })
  }
}
