import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BundleDocument } from '../curriculum/format/bundle'
import { serializeDocument } from '../curriculum/format/serialize'

/** The default size of the benchmark corpus: 5,000 modules in two locales, 10,000 module pages. */
export const defaultModules = 5_000

const conditions = ['depression', 'anxiety', 'trauma-ptsd', 'substance-use', 'eating-disorders', 'co-occurring']

/** Topics give each module words of its own, so search sees a vocabulary, not five sentences. */
const topics: [en: string, es: string][] = [
  ['sleep', 'sueño'], ['worry', 'preocupación'], ['anger', 'enojo'], ['grief', 'duelo'], ['cravings', 'antojos'],
  ['breathing', 'respiración'], ['routines', 'rutinas'], ['friendship', 'amistad'], ['boundaries', 'límites'], ['school', 'escuela'],
  ['work', 'trabajo'], ['money', 'dinero'], ['loneliness', 'soledad'], ['shame', 'vergüenza'], ['hope', 'esperanza'],
  ['walking', 'caminar'], ['cooking', 'cocina'], ['music', 'música'], ['journaling', 'diario'], ['parenting', 'crianza'],
  ['triggers', 'detonantes'], ['panic', 'pánico'], ['memories', 'recuerdos'], ['medication', 'medicamentos'], ['appointments', 'citas'],
  ['stress', 'estrés'], ['conflict', 'conflicto'], ['rest', 'descanso'], ['gratitude', 'gratitud'], ['patience', 'paciencia'],
  ['mornings', 'mañanas'], ['evenings', 'noches'], ['weekends', 'fines'], ['holidays', 'fiestas'], ['family', 'familia'],
  ['neighbors', 'vecinos'], ['pets', 'mascotas'], ['gardening', 'jardín'], ['reading', 'lectura'], ['drawing', 'dibujo'],
]

const sentences = {
  en: [
    'Small steps add up over time.',
    'Notice what helps you feel a little calmer.',
    'You can ask your care team about anything here.',
    'Sleep, food and movement all affect your mood.',
    'Write down one thing you want to try this week.',
    'It is okay to go slowly.',
    'Talk with someone you trust when things feel hard.',
    'Every person learns in their own way.',
    'Take a short break when you feel tired.',
    'Be kind to yourself when you make a mistake.',
    'A plan can make a hard day easier.',
    'Share what you learn with your group.',
  ],
  es: [
    'Los pasos pequeños suman con el tiempo.',
    'Fíjese en lo que le ayuda a sentir más calma.',
    'Puede preguntarle a su equipo sobre cualquier tema.',
    'El sueño, la comida y el movimiento afectan el ánimo.',
    'Anote una cosa que quiera probar esta semana.',
    'Está bien ir despacio.',
    'Hable con alguien de confianza cuando todo se sienta difícil.',
    'Cada persona aprende a su manera.',
    'Tome un descanso corto cuando se sienta cansado.',
    'Sea amable con usted mismo cuando se equivoque.',
    'Un plan puede hacer más fácil un día difícil.',
    'Comparta lo que aprende con su grupo.',
  ],
} as const

type Locale = keyof typeof sentences

function topicOf(index: number, locale: Locale): string {
  const pair = topics[index % topics.length]!
  return locale === 'en' ? pair[0] : pair[1]
}

function topicSentence(index: number, locale: Locale): string {
  const topic = topicOf(index, locale)
  return locale === 'en' ? `This week we look at ${topic} and what helps.` : `Esta semana vemos el tema ${topic} y lo que ayuda.`
}

function paragraph(seed: number, locale: Locale, length = 5): string {
  const pool = sentences[locale]
  return Array.from({ length }, (_, i) => pool[(seed * 7 + i * 5) % pool.length]).join(' ')
}

/** A synthetic psychoeducation module in English and Spanish, shaped like a real one. */
export function syntheticModule(index: number, conditionSlugs: readonly string[] = conditions): BundleDocument {
  const slug = `bench-module-${String(index).padStart(5, '0')}`
  const body = (locale: Locale) =>
    [
      `## ${locale === 'en' ? 'What it is' : 'Qué es'}`,
      `${topicSentence(index, locale)} ${paragraph(index, locale)}`,
      paragraph(index + 1, locale),
      `## ${locale === 'en' ? 'What helps' : 'Qué ayuda'}`,
      `- ${paragraph(index + 2, locale)}`,
      `- ${paragraph(index + 3, locale)}`,
    ].join('\n\n')
  const localized = (locale: Locale) => ({
    title: locale === 'en' ? `Module ${index}: ${topicOf(index, locale)}, steps that help` : `Módulo ${index}: ${topicOf(index, locale)}, pasos que ayudan`,
    summary: `${topicSentence(index, locale)} ${paragraph(index, locale, 2)}`,
    objectives: [paragraph(index + 4, locale, 1)],
    keyPoints: [paragraph(index + 5, locale, 1), paragraph(index + 6, locale, 1)],
    tryThis: paragraph(index + 7, locale, 2),
  })
  return {
    type: 'psychoeducation',
    slug,
    shared: {
      audience: (['all', 'adult', 'adolescent'] as const)[index % 3],
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

/**
 * Writes the benchmark corpus as a curriculum bundle: the shipped curricula (programs, session
 * scripts, every kind of module, articles and conditions: real content of every type) plus
 * `modules` synthetic psychoeducation modules, two files each. Returns the number of files.
 * With `from`, only the shipped conditions (which the modules refer to) and the synthetic
 * modules from that index on: a further bundle for a database that holds the first ones.
 */
export function writeCorpus(dir: string, modules: number, shippedBundle: string, options: { from?: number; onProgress?: (done: number, total: number) => void } = {}): number {
  const from = options.from ?? 0
  const shipped = from === 0 ? shippedBundle : path.join(shippedBundle, 'conditions')
  cpSync(shipped, from === 0 ? dir : path.join(dir, 'conditions'), { recursive: true, filter: (source) => !source.endsWith('README.md') })
  let files = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.md')).length
  for (let i = from; i < from + modules; i++) {
    for (const [relative, text] of serializeDocument(syntheticModule(i))) {
      const file = path.join(dir, relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
      files++
    }
    const done = i - from + 1
    if (done % 250 === 1 || done === modules) options.onProgress?.(done, modules)
  }
  return files
}
