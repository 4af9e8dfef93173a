import { describe, expect, it } from 'vitest'
import { checkDocumentQuality, englishSyllables, formulas, readabilityScores, spanishSyllables, syllablesOf, textStats } from '../../../curriculum/quality'
import { bodyUnits } from '../../../curriculum/quality/documentText'

describe('syllables', () => {
  it('counts English syllables by sound, not by vowel letters', () => {
    const expected: Record<string, number> = {
      the: 1, cat: 1, make: 1, makes: 1, table: 2, tables: 2, walked: 1, wanted: 2, boxes: 2, changes: 2, lonely: 2, careful: 2,
      sometimes: 2, someone: 2, radio: 3, action: 2, anxious: 2, usual: 3, language: 2, being: 2, player: 2, depression: 3,
      recovery: 4, treatment: 2, condition: 3, people: 2, serious: 3, suicide: 3, CBT: 3,
    }
    for (const [word, count] of Object.entries(expected)) expect(englishSyllables(word), word).toBe(count)
  })

  it('counts Spanish syllables with diphthongs, hiatus and accented i/u', () => {
    const expected: Record<string, number> = {
      // diphthongs: a weak vowel joins its neighbour
      ciudad: 2, bueno: 2, huevo: 2, construir: 2, aire: 2, tiempo: 2, suicidio: 3,
      // hiatus: two strong vowels, or an accented i/u
      leer: 2, poeta: 3, aéreo: 4, día: 2, río: 2, país: 2, baúl: 2, leía: 3, continúa: 4, reír: 2, ahí: 2, alcohol: 3,
      // silent u in que/qui/gue/gui, spoken ü
      quien: 1, guitarra: 3, pingüino: 3, cigüeña: 3,
      // y as a vowel, triphthong
      hoy: 1, muy: 1, y: 1, ya: 1, leyes: 2, buey: 1, Paraguay: 3,
      // acronyms read letter by letter
      TCC: 3,
      depresión: 3, enfermedad: 4, recuperación: 5, murciélago: 4,
    }
    for (const [word, count] of Object.entries(expected)) expect(spanishSyllables(word), word).toBe(count)
  })
})

describe('readability formulas, against hand-computed values', () => {
  it('Flesch-Kincaid grade and Flesch Reading Ease in English', () => {
    // Depression(3) is(1) a(1) common(2) health(1) condition(3). It(1) can(1) be(1) treated(2).
    // 2 sentences, 10 words, 16 syllables.
    const { stats, scores } = readabilityScores(['Depression is a common health condition. It can be treated.'], 'en')
    expect(stats).toEqual({ sentences: 2, words: 10, syllables: 16 })
    expect(scores.fleschKincaidGrade).toBeCloseTo(0.39 * 5 + 11.8 * 1.6 - 15.59, 6) // 5.24
    expect(scores.fleschKincaidGrade).toBeCloseTo(5.24, 2)
    expect(scores.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * 5 - 84.6 * 1.6, 6) // 66.4
    expect(scores.fleschReadingEase).toBeCloseTo(66.4, 2)
  })

  it('Fernández-Huerta and INFLESZ in Spanish, with the per-word coefficient 60 (not 0.60)', () => {
    // La(1) de-pre-sión(3) es(1) u-na(2) en-fer-me-dad(4) co-mún(2). Tie-ne(2) tra-ta-mien-to(4).
    // 2 sentences, 8 words, 19 syllables.
    const { stats, scores } = readabilityScores(['La depresión es una enfermedad común. Tiene tratamiento.'], 'es')
    expect(stats).toEqual({ sentences: 2, words: 8, syllables: 19 })
    expect(scores.fernandezHuerta).toBeCloseTo(206.84 - 60 * (19 / 8) - 1.02 * 4, 6)
    expect(scores.fernandezHuerta).toBeCloseTo(60.26, 2)
    expect(scores.inflesz).toBeCloseTo(206.835 - 62.3 * (19 / 8) - 4, 6)
    expect(scores.inflesz).toBeCloseTo(54.8725, 4)
    // The widely copied wrong coefficient would score this text about 201.
    expect(scores.fernandezHuerta).toBeLessThan(100)
    expect(scores.fleschKincaidGrade).toBeUndefined()
  })

  it('counts a hyphenated word as the sum of its parts, and a number as one syllable', () => {
    expect(syllablesOf('person-first', 'en')).toBe(3)
    expect(syllablesOf('988', 'en')).toBe(1)
    expect(syllablesOf('cognitivo-conductual', 'es')).toBe(7) // cog-ni-ti-vo + con-duc-tual
  })

  it('keeps each formula to its own language', () => {
    expect(Object.keys(readabilityScores(['One short line.'], 'en').scores).sort()).toEqual(['fleschKincaidGrade', 'fleschReadingEase'])
    expect(Object.keys(readabilityScores(['Una línea corta.'], 'es').scores).sort()).toEqual(['fernandezHuerta', 'inflesz'])
    expect(formulas.inflesz({ sentences: 1, words: 10, syllables: 20 })).toBeCloseTo(206.835 - 124.6 - 10, 6)
  })

  it('reads the text of the Markdown, not its markup, and counts list items and abbreviations sensibly', () => {
    const markdown = [
      '## What **helps**',
      '',
      'Call the [988 Lifeline](https://988lifeline.org) *any* time, e.g. at night. Dr. Lee can help.',
      '',
      '- Sleep well',
      '- Eat regular meals',
      '',
      '| Day | Plan |',
      '| --- | --- |',
      '| Monday | Walk |',
    ].join('\n')
    const units = bodyUnits(markdown)
    expect(units.map((u) => [u.text, u.line, u.kind])).toEqual([
      ['What helps', 1, 'label'],
      ['Call the 988 Lifeline any time, e.g. at night. Dr. Lee can help.', 3, 'prose'],
      ['Sleep well', 5, 'prose'],
      ['Eat regular meals', 6, 'prose'],
      ['Day', 8, 'label'],
      ['Plan', 8, 'label'],
      ['Monday', 10, 'prose'],
      ['Walk', 10, 'prose'],
    ])
    const stats = textStats(units.filter((u) => u.kind === 'prose').map((u) => u.text), 'en')
    // "e.g." and "Dr." do not end sentences; each list item and table cell is one.
    expect(stats.sentences).toBe(6)
    // 9 + 4 words in the paragraph, 2 + 3 in the items, 1 + 1 in the cells.
    expect(stats.words).toBe(9 + 4 + 2 + 3 + 1 + 1)
  })
})

const repeat = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ')

describe('readability targets per readership', () => {
  const plainEn = repeat('Sleep helps your mood. Try to go to bed at the same time each night.', 10)
  const hardEn = repeat('Comprehensive psychoeducational interventions systematically facilitate the acquisition of evidence-based emotional regulation competencies, particularly among individuals experiencing co-occurring psychiatric conditions.', 8)
  const plainEs = repeat('Dormir bien ayuda al ánimo. Trate de acostarse a la misma hora cada noche.', 10)
  const hardEs = repeat('Las intervenciones psicoeducativas multidisciplinarias facilitan sistemáticamente la adquisición de competencias de regulación emocional, particularmente entre individuos con condiciones psiquiátricas concurrentes.', 8)

  const check = (type: 'psychoeducation' | 'scripts', locale: 'en' | 'es', body: string) =>
    checkDocumentQuality({ type, slug: 'sample', locale, fields: {}, body }).findings.filter((f) => f.check === 'readability')

  it('passes plain patient text in both languages', () => {
    expect(check('psychoeducation', 'en', plainEn)).toEqual([])
    expect(check('psychoeducation', 'es', plainEs)).toEqual([])
  })

  it('fails hard patient text in English above grade 8, naming the score, the limit and the longest sentences', () => {
    const [finding] = check('psychoeducation', 'en', hardEn)
    expect(finding).toMatchObject({ check: 'readability', severity: 'error', locale: 'en', field: 'body' })
    expect(finding?.message).toMatch(/^Too hard to read for patients: Flesch-Kincaid grade \d+(\.\d)?, Flesch Reading Ease -?\d+(\.\d)? \(very difficult\);/)
    expect(finding?.message).toContain('The limit is Flesch-Kincaid grade at most 8.')
    expect(finding?.message).toMatch(/Longest sentences: body line 1, "Comprehensive psychoeducational/)
    expect(finding?.suggestion).toMatch(/Split long sentences/)
  })

  it('fails hard patient text in Spanish below Fernández-Huerta 60 and INFLESZ 55', () => {
    const [finding] = check('psychoeducation', 'es', hardEs)
    expect(finding).toMatchObject({ check: 'readability', severity: 'error', locale: 'es' })
    expect(finding?.message).toMatch(/Fernández-Huerta -?\d+(\.\d)? \(muy difícil\), INFLESZ \(Szigriszt-Pazos\) -?\d+(\.\d)? \(muy difícil\)/)
    expect(finding?.message).toContain('The limit is Fernández-Huerta at least 60 or INFLESZ (Szigriszt-Pazos) at least 55.')
    expect(finding?.suggestion).toMatch(/Divida las oraciones largas/)
  })

  it('does not hold facilitator scripts to patient targets', () => {
    expect(check('scripts', 'en', hardEn)).toEqual([])
    expect(check('scripts', 'es', hardEs)).toEqual([])
  })

  it('does not score texts too short for a score to mean anything', () => {
    expect(check('psychoeducation', 'en', 'Comprehensive psychoeducational interventions systematically facilitate acquisition.')).toEqual([])
  })
})
