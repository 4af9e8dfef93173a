import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BundleDocument } from '../curriculum/format/bundle'
import { serializeDocument } from '../curriculum/format/serialize'

const conditions = ['depression', 'anxiety', 'trauma-ptsd', 'substance-use', 'eating-disorders', 'co-occurring']

function paragraph(seed: number, locale: 'en' | 'es'): string {
  const en = [
    'Small steps add up over time.',
    'Notice what helps you feel a little calmer.',
    'You can ask your care team about anything here.',
    'Sleep, food and movement all affect your mood.',
    'Write down one thing you want to try this week.',
  ]
  const es = [
    'Los pasos pequeños suman con el tiempo.',
    'Fíjese en lo que le ayuda a sentir más calma.',
    'Puede preguntarle a su equipo sobre cualquier tema.',
    'El sueño, la comida y el movimiento afectan el ánimo.',
    'Anote una cosa que quiera probar esta semana.',
  ]
  const pool = locale === 'en' ? en : es
  return Array.from({ length: 6 }, (_, i) => pool[(seed + i) % pool.length]).join(' ')
}

/** A synthetic psychoeducation module in English and Spanish, shaped like a real one. */
export function syntheticModule(index: number, conditionSlugs: readonly string[] = conditions): BundleDocument {
  const slug = `bench-module-${String(index).padStart(5, '0')}`
  const body = (locale: 'en' | 'es') =>
    [`## ${locale === 'en' ? 'What it is' : 'Qué es'}`, paragraph(index, locale), paragraph(index + 1, locale), `## ${locale === 'en' ? 'What helps' : 'Qué ayuda'}`, `- ${paragraph(index + 2, locale)}`, `- ${paragraph(index + 3, locale)}`].join('\n\n')
  const localized = (locale: 'en' | 'es') => ({
    title: locale === 'en' ? `Module ${index}: steps that help` : `Módulo ${index}: pasos que ayudan`,
    summary: paragraph(index, locale),
    objectives: [paragraph(index + 4, locale)],
    keyPoints: [paragraph(index + 5, locale), paragraph(index + 6, locale)],
    tryThis: paragraph(index + 7, locale),
  })
  return {
    type: 'psychoeducation',
    slug,
    shared: {
      audience: 'all',
      conditions: [conditionSlugs[index % conditionSlugs.length]!],
      references: [],
      review: { reviewer: 'Benchmark Reviewer, LCSW', reviewedOn: '2026-10-15', nextReviewDue: '2027-10-15' },
      topics: [],
    },
    localized: { en: localized('en'), es: localized('es') },
    body: { en: body('en'), es: body('es') },
    files: {},
  }
}

/** Writes a bundle of `modules` synthetic modules (two files each) plus the conditions they use. */
export function writeCorpus(dir: string, modules: number, conditionsDir: string): number {
  let files = 0
  for (let i = 0; i < modules; i++) {
    for (const [relative, text] of serializeDocument(syntheticModule(i))) {
      const file = path.join(dir, relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
      files++
    }
  }
  mkdirSync(path.join(dir, 'conditions'), { recursive: true })
  for (const slug of conditions) {
    for (const locale of ['en', 'es']) {
      const name = `${slug}.${locale}.md`
      writeFileSync(path.join(dir, 'conditions', name), readFileSync(path.join(conditionsDir, name), 'utf8'))
      files++
    }
  }
  return files
}

