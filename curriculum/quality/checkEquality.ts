import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import { unified } from 'unified'
import { z } from 'zod'
import type { TextUnit } from './textUnits'
import { termLists } from './wordLists'
import equalityData from './words/equality.en.json'

/**
 * retext-equality (the word list behind alex) over English text, as a second, wider net under
 * our own list: its findings become warnings, mapped to our entries where we have one so the
 * suggestion is ours and an allowance can name them. Configured by words/equality.en.json.
 */
const equalityConfigSchema = z.strictObject({
  about: z.string(),
  terms: z.record(z.string().min(1), z.string().min(1)),
  termsByWord: z.record(z.string().min(1), z.string().min(1)),
  decidedByOurList: z.strictObject({ rules: z.array(z.string().min(1)).min(1), why: z.string().min(20) }),
  ignorePhrases: z.array(z.strictObject({ phrases: z.array(z.string().min(1)).min(1), why: z.string().min(20) })),
  ignoreRules: z.array(z.strictObject({ rules: z.array(z.string().min(1)).min(1), why: z.string().min(20) })),
})

function loadConfig() {
  const parsed = equalityConfigSchema.safeParse(equalityData)
  if (!parsed.success) throw new Error(`curriculum/quality/words/equality.en.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const ours = new Set((termLists.en ?? []).map((entry) => entry.id))
  for (const [from, to] of [...Object.entries(parsed.data.terms), ...Object.entries(parsed.data.termsByWord)]) {
    if (!ours.has(to)) throw new Error(`curriculum/quality/words/equality.en.json: "${from}" maps to "${to}", which is not an entry of terms.en.json`)
  }
  return parsed.data
}

const config = loadConfig()
const ignoredRules = new Set([...config.ignoreRules.flatMap((group) => group.rules), ...config.decidedByOurList.rules])

/** Our entry id for a retext-equality finding (by its word first, then its rule), or undefined when we have none. */
export function mappedTerm(ruleId: string, actual: string): string | undefined {
  return config.termsByWord[actual.toLowerCase()] ?? config.terms[ruleId]
}

/** The term id an allowance names for a retext-equality finding without an entry of ours. */
export const equalityTermId = (ruleId: string) => `equality:${ruleId}`

export interface EqualityMatch {
  /** Index of the unit the match is in. */
  unit: number
  /** [start, end) offsets in the unit's text. */
  start: number
  end: number
  ruleId: string
  actual: string
  expected: string[]
}

const processor = unified()
  .use(retextEnglish)
  .use(retextEquality, { ignore: config.ignorePhrases.flatMap((group) => group.phrases) })
  .freeze()

/**
 * Units are joined into one text, so the library runs once per document rather than once per
 * paragraph (it rebuilds its phrase index for every paragraph it searches). The pilcrow between
 * units is punctuation, so no phrase can run from one unit into the next.
 */
const separator = ' ¶ '

type RawMatch = Omit<EqualityMatch, 'unit'>

/** Results by joined text: validation reads the same bundle many times in one process. */
const cache = new Map<string, RawMatch[]>()
const cacheLimit = 2000

function runEquality(text: string): RawMatch[] {
  const cached = cache.get(text)
  if (cached) return cached
  const found: RawMatch[] = []
  const tree = processor.parse(text)
  // Every plugin here is synchronous, so the callback runs before `run` returns (as runSync relies on).
  processor.run(tree, text, (error, _tree, file) => {
    if (error) throw error
    for (const message of file?.messages ?? []) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : undefined
      const end = place && 'end' in place ? place.end.offset : undefined
      if (start === undefined || end === undefined || !message.ruleId) continue
      found.push({ start, end, ruleId: message.ruleId, actual: message.actual ?? text.slice(start, end), expected: message.expected ?? [] })
    }
  })
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value ?? '')
  cache.set(text, found)
  return found
}

/** retext-equality's findings in English text units, without the rules we ignore (see the JSON). */
export function equalityMatches(units: readonly TextUnit[]): EqualityMatch[] {
  if (units.length === 0) return []
  const starts: number[] = []
  let offset = 0
  for (const unit of units) {
    starts.push(offset)
    offset += unit.text.length + separator.length
  }
  const matches: EqualityMatch[] = []
  for (const found of runEquality(units.map((unit) => unit.text).join(separator))) {
    if (ignoredRules.has(found.ruleId)) continue
    let index = starts.length - 1
    while (index > 0 && (starts[index] ?? 0) > found.start) index--
    const unitStart = starts[index] ?? 0
    matches.push({ ...found, unit: index, start: found.start - unitStart, end: found.end - unitStart })
  }
  return matches
}
