/**
 * Splits plain text into sentences and words. A sentence ends at ".", "!", "?" or "…" (with
 * any closing quote or bracket) followed by a space, except after an abbreviation or an initial;
 * the end of a paragraph, list item or field always ends one, so list items count as sentences.
 * Spanish "¿" and "¡" open a sentence and are not ends.
 */
const abbreviations = new Set([
  // English
  'e.g.', 'i.e.', 'etc.', 'vs.', 'dr.', 'mr.', 'mrs.', 'ms.', 'st.', 'no.', 'approx.', 'a.m.', 'p.m.', 'u.s.', 'jr.', 'sr.',
  // Spanish
  'ej.', 'p.', 'sra.', 'dra.', 'srta.', 'núm.', 'aprox.', 'ee.', 'uu.', 'pág.', 'tel.', 'lic.', 'ud.', 'uds.',
])

const sentenceEnd = /[.!?…][)"'”’»\]]*$/

export function splitSentences(text: string): string[] {
  const tokens = text.split(/\s+/).filter((t) => t !== '')
  const sentences: string[] = []
  let current: string[] = []
  tokens.forEach((token, i) => {
    current.push(token)
    const next = tokens[i + 1]
    if (!sentenceEnd.test(token) || next === undefined) return
    const bare = token.toLowerCase().replace(/[)"'”’»\]]+$/, '').replace(/^[("'“‘«¿¡[]+/, '')
    if (abbreviations.has(bare)) return
    // An initial ("J. Smith") or a lower-case continuation is not a sentence end.
    if (/^\p{L}\.$/u.test(bare) || /^[\p{Ll}\d]/u.test(next.replace(/^[("'“‘«¿¡[]+/, ''))) return
    sentences.push(current.join(' '))
    current = []
  })
  if (current.length > 0) sentences.push(current.join(' '))
  return sentences
}

/** Words are tokens holding a letter or a digit; punctuation around them is dropped. */
export function splitWords(sentence: string): string[] {
  return sentence
    .split(/[\s—–]+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
}
