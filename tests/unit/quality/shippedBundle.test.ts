import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../../curriculum/format/problems'
import { readBundle } from '../../../curriculum/format/readBundle'
import { readBundleFiles } from '../../../curriculum/format/readBundleFiles'
import { validateBundleFiles } from '../../../curriculum/format/validateBundle'
import type { LocaleCode } from '../../../curriculum/locales'
import { checkDocumentQuality, shippedAllowances, type AllowedUse } from '../../../curriculum/quality'
import { editFile, problemsOfBrokenBundle, shippedBundle } from '../../support/bundleCopy'
import { withMediaAltText } from '../../../curriculum/format/media'
import { readBundleMedia } from '../../../curriculum/format/readBundleMedia'

describe('the shipped curricula pass every quality check', () => {
  const { documents, media } = readBundle(shippedBundle)
  const allowed: AllowedUse[] = []
  const reports = documents.flatMap((doc) =>
    (Object.keys(doc.files) as LocaleCode[]).map((locale) => {
      const report = checkDocumentQuality({ type: doc.type, slug: doc.slug, locale, fields: doc.localized[locale] ?? {}, body: withMediaAltText(doc.body[locale] ?? '', media, locale) })
      allowed.push(...report.allowed)
      return { name: `${doc.type}/${doc.slug}.${locale}`, doc, locale, report }
    }),
  )

  it('has no error in any document, in any locale', () => {
    const errors = reports.flatMap(({ name, report }) => report.findings.filter((f) => f.severity === 'error').map((f) => `${name} ${f.field}: ${f.message}`))
    expect(errors).toEqual([])
  })

  it('meets the readability targets for patients, families and the public in English and Spanish', () => {
    const scored = reports.filter(({ doc, report }) => doc.type !== 'scripts' && report.readability.stats.words >= 100)
    expect(scored.length).toBeGreaterThan(100)
    for (const { name, locale, report } of scored) {
      if (locale === 'en') expect(report.readability.scores.fleschKincaidGrade, name).toBeLessThanOrEqual(8)
      else expect(Math.max((report.readability.scores.fernandezHuerta ?? 0) - 60, (report.readability.scores.inflesz ?? 0) - 55), name).toBeGreaterThanOrEqual(0)
    }
  })

  it('uses every allowance, and each names a document of the bundle', () => {
    const names = new Set(documents.map((doc) => `${doc.type}/${doc.slug}`))
    for (const allowance of shippedAllowances) {
      expect(names, allowance.document).toContain(allowance.document)
      for (const term of allowance.terms) {
        const used = allowed.some((use) => use.allowance === allowance && use.term === term)
        expect(used, `${allowance.document} (${allowance.locale}) allows "${term}" but never uses it: remove it from allowances.json`).toBe(true)
      }
    }
  })

  it('returns quality warnings apart from problems, so they never fail the bundle', () => {
    const read = readBundleFiles(shippedBundle)
    const result = validateBundleFiles(read.files, new Set(), readBundleMedia(shippedBundle).media)
    expect(result.problems).toEqual([])
    expect(Array.isArray(result.warnings)).toBe(true)
  })
})

describe('quality errors fail bundle validation as file:line field: reason', () => {
  it('names a stigmatizing word in a front-matter field by its line', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'psychoeducation/understanding-depression.en.md', (t) => t.replace('  - Depression is a common health condition.', '  - Depression makes nobody an addict. It is a common health condition.')))
    expect(problems).toEqual([
      expect.stringMatching(/^psychoeducation\/understanding-depression\.en\.md:\d+ keyPoints\.0: "addict" labels a person by a health condition\. Say "person with a substance use disorder" or "person who uses drugs"\.$/),
    ])
  })

  it('names a Spanish word in the body by its line in the body', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'psychoeducation/understanding-depression.es.md', (t) => t.replace('No es algo que se quita', 'No es cosa de locos. No es algo que se quita')))
    expect(problems).toEqual([expect.stringMatching(/^psychoeducation\/understanding-depression\.es\.md body: line \d+ of the body: "locos" es un insulto/)])
  })

  it('names a skipped heading level and unsafe messaging', () => {
    const problems = problemsOfBrokenBundle((dir) =>
      editFile(dir, 'family/family-crisis-plan.en.md', (t) => t.replace('## During a crisis', '#### During a crisis').replace('A crisis is not the end of recovery.', 'A crisis is not the end of recovery, even if suicide seems inevitable.')),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^family\/family-crisis-plan\.en\.md body: line \d+ of the body: "#### During a crisis" skips from level 2 to level 4/),
        expect.stringMatching(/^family\/family-crisis-plan\.en\.md body: line \d+ of the body: "inevitable" can frame suicide as unavoidable/),
      ]),
    )
  })

  it('lets facilitator scripts be harder to read than patient text, but not stigmatizing', () => {
    const problems = problemsOfBrokenBundle((dir) => editFile(dir, 'scripts/cbt-thinking-traps.en.md', (t) => t.replace(/\n## /, '\nWe never call a member a junkie.\n\n## ')))
    expect(problems).toEqual([expect.stringMatching(/^scripts\/cbt-thinking-traps\.en\.md body: line \d+ of the body: "junkie" is a slur/)])
  })
})
