import type { LocaleCode } from '../locales'
import type { QualityFinding } from './findings'
import { formulaName, readabilityScores, type ReadabilityFormula, type TextStats } from './readability'
import { splitSentences, splitWords } from './sentences'
import { lowerIsEasier, type FormulaTarget, type ReadabilityTarget } from './targets'
import type { TextUnit } from './textUnits'

export interface ReadabilityResult {
  stats: TextStats
  scores: Partial<Record<ReadabilityFormula, number>>
  findings: QualityFinding[]
}

const round = (n: number) => Math.round(n * 10) / 10

/** The published verbal bands, so a Spanish score reads as the scale it comes from. */
function band(formula: ReadabilityFormula, score: number): string {
  const bands: Partial<Record<ReadabilityFormula, [number, string][]>> = {
    fernandezHuerta: [[90, 'muy fácil'], [80, 'fácil'], [70, 'bastante fácil'], [60, 'normal'], [50, 'algo difícil'], [30, 'difícil'], [-Infinity, 'muy difícil']],
    inflesz: [[80, 'muy fácil'], [65, 'bastante fácil'], [55, 'normal'], [40, 'algo difícil'], [-Infinity, 'muy difícil']],
    fleschReadingEase: [[90, 'very easy'], [80, 'easy'], [70, 'fairly easy'], [60, 'plain English'], [50, 'fairly difficult'], [30, 'difficult'], [-Infinity, 'very difficult']],
  }
  const found = bands[formula]?.find(([from]) => score >= from)
  return found ? ` (${found[1]})` : ''
}

const misses = (target: FormulaTarget, value: number, line: number) => (lowerIsEasier[target.formula] ? value > line : value < line)
const describe = (formula: ReadabilityFormula, value: number) => `${formulaName[formula]} ${round(value)}${band(formula, value)}`
const bound = (formula: ReadabilityFormula, line: number) => `${lowerIsEasier[formula] ? 'at most' : 'at least'} ${line}`

/** The longest sentences, with where they are, so an author knows where to start. */
function longestSentences(units: readonly TextUnit[]): string {
  const sentences = units.flatMap((unit) =>
    splitSentences(unit.text).map((sentence) => ({
      words: splitWords(sentence).length,
      where: unit.line !== undefined ? `${unit.path.join('.')} line ${unit.line}` : unit.path.join('.'),
      start: sentence.split(' ').slice(0, 6).join(' '),
    })),
  )
  const long = sentences.filter((s) => s.words > 15).sort((a, b) => b.words - a.words).slice(0, 3)
  if (long.length === 0) return ''
  return ` Longest sentences: ${long.map((s) => `${s.where}, "${s.start}…" (${s.words} words)`).join('; ')}.`
}

/**
 * Scores the prose of a document in one locale (headings and titles left out) against the
 * target for its readers, and says which sentences to shorten first when it misses.
 */
export function checkReadability(units: readonly TextUnit[], locale: LocaleCode, target: ReadabilityTarget | null, path: (string | number)[]): ReadabilityResult {
  const prose = units.filter((unit) => unit.kind === 'prose')
  const { stats, scores } = readabilityScores(prose.map((unit) => unit.text), locale)
  const result: ReadabilityResult = { stats, scores, findings: [] }
  const localeTarget = target?.locales[locale]
  if (!target || !localeTarget || stats.words < target.minWords) return result

  const scored = localeTarget.formulas.flatMap((t) => {
    const value = scores[t.formula]
    return value === undefined ? [] : [{ target: t, value }]
  })
  const limited = scored.filter(({ target: t }) => t.limit !== undefined)
  const missedLimits = limited.filter(({ target: t, value }) => misses(t, value, t.limit ?? 0))
  const failed = localeTarget.limitsNeeded === 'all' ? missedLimits.length > 0 : limited.length > 0 && missedLimits.length === limited.length
  const missedAims = scored.filter(({ target: t, value }) => t.aim !== undefined && misses(t, value, t.aim))
  const summary = scored.map(({ target: t, value }) => describe(t.formula, value)).join(', ')
  const averages = `${round(stats.words / stats.sentences)} words a sentence, ${round(stats.syllables / stats.words)} syllables a word`
  const suggestion = locale === 'es'
    ? 'Divida las oraciones largas (una idea por oración) y prefiera palabras cortas y comunes.'
    : 'Split long sentences (one idea each) and choose short, common words ("use", not "utilize").'
  const field = path.join('.')

  if (failed) {
    const limits = (localeTarget.limitsNeeded === 'any' ? limited : missedLimits).map(({ target: t }) => `${formulaName[t.formula]} ${bound(t.formula, t.limit ?? 0)}`)
    result.findings.push({
      check: 'readability',
      rule: 'readability-limit',
      severity: 'error',
      locale,
      field,
      path,
      message: `Too hard to read for ${target.readers}: ${summary}; ${averages}. The limit is ${limits.join(localeTarget.limitsNeeded === 'any' ? ' or ' : ' and ')}.${longestSentences(prose)}`,
      suggestion,
    })
  } else if (missedAims.length > 0 || missedLimits.length > 0) {
    const aims = missedAims.map(({ target: t }) => `${formulaName[t.formula]} ${bound(t.formula, t.aim ?? 0)}`)
    result.findings.push({
      check: 'readability',
      rule: 'readability-aim',
      severity: 'warning',
      locale,
      field,
      path,
      message: `Within the limit but above the aim for ${target.readers}: ${summary}; ${averages}.${aims.length > 0 ? ` Aim for ${aims.join(' and ')}.` : ''}${longestSentences(prose)}`,
      suggestion,
    })
  }
  return result
}
