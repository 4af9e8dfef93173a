import { z } from 'zod'
import type { LocaleCode } from '../locales'
import type { QualitySeverity } from './findings'
import termsEn from './words/terms.en.json'
import termsEs from './words/terms.es.json'
import properNamesData from './words/properNames.json'

/**
 * The word lists are data (words/*.json), reviewed like content; this module checks their shape
 * when it loads, so a broken list fails loudly instead of silently passing everything, and turns
 * each entry into regular expressions.
 */
const termSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  check: z.enum(['language', 'safe-messaging']),
  severity: z.enum(['error', 'warning']),
  phrases: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
  within: z.string().min(1).optional(),
  skipWhenNegated: z.boolean().default(false),
  why: z.string().min(1),
  suggestion: z.string().min(1),
})

const termListSchema = z.strictObject({
  locale: z.string(),
  about: z.string(),
  /** Words that turn a phrase around when they come just before it ("not", "never"; "no", "nunca"). */
  negations: z.array(z.string().min(1)).default([]),
  terms: z.array(termSchema).min(1),
})

const properNamesSchema = z.strictObject({ about: z.string(), names: z.array(z.string().min(1)) })

export interface TermEntry {
  id: string
  check: 'language' | 'safe-messaging'
  severity: QualitySeverity
  why: string
  suggestion: string
  /** Matches each use of the term, on text folded by `foldForMatching`. */
  matcher: RegExp
  /** The matcher's expression without its whole-word bounds, for the one search of a list (`anyTerm`). */
  words: string
  /** When set, a match counts only inside a sentence that this also matches. */
  within?: RegExp
  /** When set, a match passes if one of these words is among the three before it, in its sentence. */
  negations?: ReadonlySet<string>
}

/**
 * Folds accents and curly apostrophes, one character for one, so "alcohólico" and "alcoholico"
 * match alike and positions in the folded text are positions in the original.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[áàâä]/g, 'a')
    .replace(/[ÁÀÂÄ]/g, 'A')
    .replace(/[éèêë]/g, 'e')
    .replace(/[ÉÈÊË]/g, 'E')
    .replace(/[íìîï]/g, 'i')
    .replace(/[ÍÌÎÏ]/g, 'I')
    .replace(/[óòôö]/g, 'o')
    .replace(/[ÓÒÔÖ]/g, 'O')
    .replace(/[úùûü]/g, 'u')
    .replace(/[ÚÙÛÜ]/g, 'U')
    .replace(/[’‘]/g, "'")
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A list's pattern, with a plain space meaning any run of white space. */
const spacedOf = (source: string) => foldForMatching(source).replace(/ /g, '\\s+')
/** Bounded by whole words. */
const wholeWords = (spaced: string) => `(?<![\\p{L}\\p{N}])(?:${spaced})(?![\\p{L}\\p{N}])`

function compile(source: string, flags = 'giu'): RegExp {
  return new RegExp(wholeWords(spacedOf(source)), flags)
}

function toEntry(raw: z.infer<typeof termSchema>, file: string, negations: readonly string[]): TermEntry {
  try {
    const sources = [...raw.phrases.map(escapeRegExp), ...raw.patterns]
    if (sources.length === 0) throw new Error('has neither phrases nor patterns')
    // Each source is compiled alone first, so a broken pattern is named on its own.
    for (const source of sources) compile(source)
    // Longest phrases first, so "meth heads" wins over "meth head".
    const alternatives = sources.sort((a, b) => b.length - a.length).map((source) => `(?:${source})`).join('|')
    const matcher = compile(alternatives)
    const entry: TermEntry = { id: raw.id, check: raw.check, severity: raw.severity, why: raw.why, suggestion: raw.suggestion, matcher, words: spacedOf(alternatives) }
    if (raw.within) entry.within = new RegExp(foldForMatching(raw.within).replace(/ /g, '\\s+'), 'iu')
    if (raw.skipWhenNegated) {
      if (negations.length === 0) throw new Error('skips when negated, but the list has no "negations"')
      entry.negations = new Set(negations.map((word) => foldForMatching(word).toLowerCase()))
    }
    return entry
  } catch (error) {
    throw new Error(`curriculum/quality/words/${file}: term "${raw.id}" ${error instanceof Error ? error.message : String(error)}`)
  }
}

function loadTerms(data: unknown, file: string, locale: LocaleCode): TermEntry[] {
  const parsed = termListSchema.safeParse(data)
  if (!parsed.success) throw new Error(`curriculum/quality/words/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  if (parsed.data.locale !== locale) throw new Error(`curriculum/quality/words/${file}: locale must be "${locale}"`)
  const ids = new Set<string>()
  return parsed.data.terms.map((raw) => {
    if (ids.has(raw.id)) throw new Error(`curriculum/quality/words/${file}: term id "${raw.id}" is used twice`)
    ids.add(raw.id)
    return toEntry(raw, file, parsed.data.negations)
  })
}

/** Term lists per locale. A locale without a list gets no language check (and says so in the README). */
export const termLists: Partial<Record<LocaleCode, TermEntry[]>> = {
  en: loadTerms(termsEn, 'terms.en.json', 'en'),
  es: loadTerms(termsEs, 'terms.es.json', 'es'),
}

/**
 * Per locale, one expression that matches wherever any term of the list could: most text holds
 * no listed word at all, and one search rules that out instead of one search per term.
 */
export const anyTerm: Partial<Record<LocaleCode, RegExp>> = Object.fromEntries(
  // The bounds are shared, so they are checked once per position rather than once per term.
  Object.entries(termLists).map(([locale, entries]) => [locale, new RegExp(wholeWords((entries ?? []).map((entry) => `(?:${entry.words})`).join('|')), 'iu')]),
)

/** Official names that pass as written, in every locale, as one expression. */
export const properNames: RegExp = (() => {
  const parsed = properNamesSchema.parse(properNamesData)
  return compile(parsed.names.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|'))
})()
