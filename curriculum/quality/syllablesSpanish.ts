/**
 * Spanish syllables by the rules of Spanish spelling, not an English heuristic: every syllable
 * has one vowel nucleus, so the count is the number of nuclei.
 *
 * - a, e, o are strong vowels; i, u (and ü) are weak. Two strong vowels side by side are two
 *   syllables (hiatus: "le-er", "po-e-ta"); a weak vowel joins its neighbour (diphthong
 *   "ciu-dad", "bue-no"; triphthong "buey").
 * - A written accent on i or u breaks the diphthong ("dí-a", "ba-úl", "le-í-a").
 * - "u" is silent in "que, qui, gue, gui" but sounds in "güe, güi".
 * - "h" is silent and does not separate vowels ("ahu-mar"; "a-hí" only by its accent).
 * - "y" is a vowel at the end of a word or before a consonant ("hoy", "muy", "y").
 */
const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü'])

/** Spanish letter names of an acronym read letter by letter ("TCC" = te-ce-ce). */
const letterSyllables: Record<string, number> = { a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2, n: 2, ñ: 2, o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 1, w: 3, x: 2, y: 2, z: 2 }

export function spanishSyllables(token: string): number {
  const letters = token.normalize('NFC').replace(/[^A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/g, '')
  if (letters === '') return 0
  // An all-capital word without vowels is read letter by letter.
  if (letters.length >= 2 && letters === letters.toUpperCase() && !/[AEIOUÁÉÍÓÚ]/.test(letters)) {
    return [...letters.toLowerCase()].reduce((sum, letter) => sum + (letterSyllables[letter] ?? 1), 0)
  }
  const word = letters
    .toLowerCase()
    .replace(/h/g, '')
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/y(?![aeiouáéíóú])/g, 'i')
  let count = 0
  let previous = ''
  for (const letter of word) {
    if (!vowels.has(letter)) {
      previous = ''
      continue
    }
    if (previous === '') count += 1
    else if (strong.has(previous) && strong.has(letter)) count += 1
    else if (previous === letter) count += 1
    previous = letter
  }
  return Math.max(1, count)
}
