import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { maxMediaBytes } from '../../../curriculum/format/media'
import { formatProblem } from '../../../curriculum/format/problems'
import { readBundle } from '../../../curriculum/format/readBundle'
import { maxFileBytes } from '../../../curriculum/format/readBundleFiles'
import { copyShippedBundle, editFile, problemsOfBrokenBundle, shippedBundle } from '../../support/bundleCopy'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the shipped curriculum bundle', () => {
  it('passes validation: schemas, locales, references, unique slugs and program rules', () => {
    const { documents, problems } = readBundle(shippedBundle)
    expect(problems.map(formatProblem)).toEqual([])
    const count = (type: string) => documents.filter((d) => d.type === type).length
    expect(count('programs')).toBe(3)
    expect(count('scripts')).toBeGreaterThanOrEqual(36)
    expect(count('psychoeducation')).toBeGreaterThanOrEqual(24)
    expect(count('family')).toBeGreaterThanOrEqual(8)
    expect(count('holistic')).toBeGreaterThanOrEqual(12)
    expect(count('articles')).toBeGreaterThanOrEqual(8)
  })

  it('has every patient, family and public document in English and Spanish, and the co-occurring scripts in both', () => {
    const { documents } = readBundle(shippedBundle)
    for (const doc of documents.filter((d) => d.type !== 'scripts')) expect(Object.keys(doc.files).sort(), doc.slug).toEqual(['en', 'es'])
    const coOccurring = documents.find((d) => d.slug === 'adult-co-occurring')!
    const schedule = coOccurring.shared.schedule as { days: { slots: { script: string }[] }[] }[]
    const scripts = new Set(schedule.flatMap((w) => w.days.flatMap((d) => d.slots.map((s) => s.script))))
    for (const slug of scripts) expect(Object.keys(documents.find((d) => d.type === 'scripts' && d.slug === slug)!.files).sort(), slug).toEqual(['en', 'es'])
  })

  it('gives every module at least 300 words, objectives, key points and a practice', () => {
    const { documents } = readBundle(shippedBundle)
    for (const doc of documents.filter((d) => d.type === 'psychoeducation' || d.type === 'family')) {
      for (const locale of ['en', 'es'] as const) {
        const words = (doc.body[locale] ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
        expect(words, `${doc.slug}.${locale}`).toBeGreaterThanOrEqual(300)
        expect(doc.localized[locale]?.tryThis).toBeTruthy()
      }
    }
  })
})

describe('a broken bundle is rejected with file, line, field and reason', () => {
  it('names invalid YAML', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'psychoeducation/thinking-traps.en.md', (t) => t.replace('audience: all', 'audience: [all')))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^psychoeducation\/thinking-traps\.en\.md:\d+: invalid YAML/)
  })

  it('names a field of the wrong type', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'holistic/box-breathing.en.md', (t) => t.replace(/^minutes: \d+$/m, 'minutes: four')))
    expect(problems).toEqual([expect.stringMatching(/^holistic\/box-breathing\.en\.md:\d+ minutes: Invalid input: expected number, received string$/)])
  })

  it('names a reference that does not resolve', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'scripts/cbt-thinking-traps.en.md', (t) => t.replace(/handouts:\n {2}- thinking-traps/, 'handouts:\n  - thinking-trapz')))
    expect(problems).toEqual([expect.stringMatching(/^scripts\/cbt-thinking-traps\.en\.md:\d+ handouts\.0: no psychoeducation module or family education module or holistic exercise has the slug "thinking-trapz"$/)])
  })

  it('names a missing locale', () => {
    const problems = problemsOfBrokenBundle((dir) => rmSync(path.join(dir, 'family/family-boundaries.es.md')))
    expect(problems).toEqual(['family/family-boundaries.es.md: is missing: every family education module is published in en and es'])
  })

  it('names a program rule violation on the field that breaks it', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'programs/adolescent.en.md', (t) => t.replace('weeks: 8', 'weeks: 7')))
    expect(problems).toContainEqual(expect.stringMatching(/^programs\/adolescent\.en\.md:\d+ weeks: An IOP runs 8 to 12 weeks; this program has 7\.$/))
  })

  it('names a duplicate slug', () => {
    const problems = problemsOfBrokenBundle((dir) => writeFileSync(path.join(dir, 'holistic/grounding-skills.en.md'), '---\ntitle: Copy\n---\n'))
    expect(problems).toContain('psychoeducation/grounding-skills.en.md slug: the slug "grounding-skills" is already used by holistic/grounding-skills.en.md; slugs must be unique across the bundle')
  })

  it('refuses slugs that could escape the bundle, and links', () => {
    const problems = problemsOfBrokenBundle((dir) => {
      writeFileSync(path.join(dir, 'articles/..%2F..%2Fetc.en.md'), '---\ntitle: x\n---\n')
      symlinkSync('/etc/hostname', path.join(dir, 'articles/hostname.en.md'))
      editFile(dir, 'scripts/cbt-thinking-traps.en.md', (t) => t.replace(/handouts:\n {2}- thinking-traps/, 'handouts:\n  - ../../etc/passwd'))
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'articles/..%2F..%2Fetc.en.md: file names must look like <slug>.<locale>.md, e.g. "coping-with-cravings.en.md"',
        'articles/hostname.en.md: links are not allowed in a bundle; copy the file instead',
        expect.stringMatching(/^scripts\/cbt-thinking-traps\.en\.md:\d+ handouts\.0: use lower-case letters, digits and single hyphens only/),
      ]),
    )
  })

  it('refuses a file that is not valid UTF-8', () => {
    const problems = problemsOfBrokenBundle((dir) => writeFileSync(path.join(dir, 'articles/words-matter.es.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])))
    expect(problems).toEqual(['articles/words-matter.es.md: is not valid UTF-8 text; save it as UTF-8'])
  })

  it('refuses an oversize file', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'articles/words-matter.es.md', (t) => t + 'a'.repeat(maxFileBytes)))
    expect(problems).toEqual([expect.stringMatching(/^articles\/words-matter\.es\.md: file is \d+ KiB; the limit is 256 KiB$/)])
  })

  it('reports every problem at once', () => {
    const problems = problemsOfBrokenBundle((dir) => {
      rmSync(path.join(dir, 'family/family-boundaries.es.md'))
      editFile(dir, 'holistic/box-breathing.en.md', (t) => t.replace(/^minutes: \d+$/m, 'minutes: four'))
      editFile(dir, 'psychoeducation/thinking-traps.es.md', (t) => t.replace('---\n', '---\naudience: all\n'))
    })
    expect(problems).toHaveLength(3)
    expect(problems).toContain('psychoeducation/thinking-traps.es.md:2 audience: is shared by every language; set it in psychoeducation/thinking-traps.en.md only')
  })
})

describe('media in a bundle', () => {
  const svg = 'holistic/media/box-breathing.svg'

  it('reads the shipped image with its alt text in every locale', () => {
    const { media, warnings } = readBundle(shippedBundle)
    expect(media.map((m) => [m.file, Object.keys(m.alt)])).toEqual([[svg, ['en', 'es']]])
    expect(warnings.filter((w) => w.file.includes('/media/'))).toEqual([])
  })

  it.each([
    ['alt text missing in a locale', (dir: string) => editFile(dir, `${svg}.yaml`, (t) => t.replace(/\n  es: .*/, '')), `${svg}.yaml alt.es: is required`],
    ['no alt text file', (dir: string) => rmSync(path.join(dir, `${svg}.yaml`)), `${svg}.yaml alt: is missing`],
    ['a body showing a file that is not there', (dir: string) => rmSync(path.join(dir, svg)), 'holistic/box-breathing.en.md body: line'],
    ['an SVG with a script', (dir: string) => editFile(dir, svg, (t) => t.replace('</svg>', '<script>alert(1)</script></svg>')), `${svg}: an SVG may not hold scripts`],
    ['an SVG with an event handler', (dir: string) => editFile(dir, svg, (t) => t.replace('<rect ', '<rect onload="x()" ')), `${svg}: an SVG may not hold scripts`],
    ['a file name that is not a slug', (dir: string) => writeFileSync(path.join(dir, 'holistic/media/Box Breathing.png'), 'x'), 'holistic/media/Box Breathing.png: media file names'],
    ['an oversize file', (dir: string) => writeFileSync(path.join(dir, 'holistic/media/huge.png'), Buffer.alloc(maxMediaBytes + 1)), 'holistic/media/huge.png: file is'],
    ['alt text for a file that is not there', (dir: string) => writeFileSync(path.join(dir, 'holistic/media/ghost.svg.yaml'), 'alt:\n  en: a\n  es: b\n'), 'holistic/media/ghost.svg.yaml: describes "ghost.svg"'],
  ])('names %s', (_name, defect, expected) => {
    const problems = problemsOfBrokenBundle(defect)
    expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true)
  })

  it('names the same file name in two folders', () => {
    const problems = problemsOfBrokenBundle((dir) => {
      cpSync(path.join(dir, 'holistic/media'), path.join(dir, 'psychoeducation/media'), { recursive: true })
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^(holistic|psychoeducation)\/media\/box-breathing\.svg: has the same name as (holistic|psychoeducation)\/media\/box-breathing\.svg; media names are unique in a bundle$/)
  })

  it('warns about a media file no document shows, without failing the bundle', () => {
    const dir = copyShippedBundle()
    dirs.push(dir)
    cpSync(path.join(dir, svg), path.join(dir, 'holistic/media/spare.svg'))
    cpSync(path.join(dir, `${svg}.yaml`), path.join(dir, 'holistic/media/spare.svg.yaml'))
    const { problems, warnings } = readBundle(dir)
    expect(problems).toEqual([])
    expect(warnings.map(formatProblem)).toContain('holistic/media/spare.svg: no document shows this file')
  })
})

