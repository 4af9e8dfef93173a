import type { LocaleCode } from '../locales'
import { splitSentences, splitWords } from './sentences'
import { englishSyllables } from './syllablesEnglish'
import { spanishSyllables } from './syllablesSpanish'

/** Counts behind every formula. */
export interface TextStats {
  sentences: number
  words: number
  syllables: number
}

/** The formulas this engine knows, each for the language it was built for. */
export type ReadabilityFormula = 'fleschKincaidGrade' | 'fleschReadingEase' | 'fernandezHuerta' | 'inflesz'

export const formulaLocale: Record<ReadabilityFormula, LocaleCode> = {
  fleschKincaidGrade: 'en',
  fleschReadingEase: 'en',
  fernandezHuerta: 'es',
  inflesz: 'es',
}

export const formulaName: Record<ReadabilityFormula, string> = {
  fleschKincaidGrade: 'Flesch-Kincaid grade',
  fleschReadingEase: 'Flesch Reading Ease',
  fernandezHuerta: 'Fernández-Huerta',
  inflesz: 'INFLESZ (Szigriszt-Pazos)',
}

// Words repeat (a bundle of thousands of documents has a few thousand distinct words), so each
// word is counted once per locale; the cache is dropped when it grows past any real vocabulary.
const counted = new Map<string, number>()
const countedLimit = 200_000

/** Syllables of one word in a locale; a number is one word of one syllable. */
export function syllablesOf(word: string, locale: LocaleCode): number {
  const key = `${locale}:${word}`
  let syllables = counted.get(key)
  if (syllables === undefined) {
    if (counted.size >= countedLimit) counted.clear()
    syllables = countSyllables(word, locale)
    counted.set(key, syllables)
  }
  return syllables
}

function countSyllables(word: string, locale: LocaleCode): number {
  if (!/\p{L}/u.test(word)) return 1
  // Hyphenated and slashed words ("person-first", "him/her") are the sum of their parts.
  const parts = word.split(/[-/]/).filter((part) => /\p{L}/u.test(part))
  const count = locale === 'es' ? spanishSyllables : englishSyllables
  return parts.reduce((sum, part) => sum + Math.max(1, count(part)), 0)
}

/** Sentence, word and syllable counts of plain-text passages (each passage ends a sentence). */
export function textStats(passages: readonly string[], locale: LocaleCode): TextStats {
  const stats: TextStats = { sentences: 0, words: 0, syllables: 0 }
  for (const passage of passages) {
    for (const sentence of splitSentences(passage)) {
      const words = splitWords(sentence)
      if (words.length === 0) continue
      stats.sentences += 1
      stats.words += words.length
      stats.syllables += words.reduce((sum, word) => sum + syllablesOf(word, locale), 0)
    }
  }
  return stats
}

const perWord = (s: TextStats) => s.syllables / s.words
const perSentence = (s: TextStats) => s.words / s.sentences

/**
 * The formulas, exactly as published. Fernández-Huerta is written per word: its published
 * form multiplies syllables per 100 words by 0.60, which is 60 per word; copying 0.60 onto
 * syllables per word (a common mistake) inflates every score by about 100.
 */
export const formulas: Record<ReadabilityFormula, (s: TextStats) => number> = {
  fleschKincaidGrade: (s) => 0.39 * perSentence(s) + 11.8 * perWord(s) - 15.59,
  fleschReadingEase: (s) => 206.835 - 1.015 * perSentence(s) - 84.6 * perWord(s),
  fernandezHuerta: (s) => 206.84 - 60 * perWord(s) - 1.02 * perSentence(s),
  inflesz: (s) => 206.835 - 62.3 * perWord(s) - perSentence(s),
}

/** Every formula of a locale over the given passages; empty when there are no words. */
export function readabilityScores(passages: readonly string[], locale: LocaleCode): { stats: TextStats; scores: Partial<Record<ReadabilityFormula, number>> } {
  const stats = textStats(passages, locale)
  const scores: Partial<Record<ReadabilityFormula, number>> = {}
  if (stats.words === 0) return { stats, scores }
  for (const formula of Object.keys(formulas) as ReadabilityFormula[]) {
    if (formulaLocale[formula] === locale) scores[formula] = formulas[formula](stats)
  }
  return { stats, scores }
}
