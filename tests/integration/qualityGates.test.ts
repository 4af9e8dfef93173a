import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import type { PsychoeducationModule, User } from '../../cms/payload-types'
import { createMarkdownConverter, type MarkdownConverter } from '../../cms/richText/markdown'
import type { QualitySnapshot } from '../../curriculum/quality'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { createRoleUsers } from '../support/users'

let harness: TestPayload
let payload: Payload
let users: Record<Role, User>
let md: MarkdownConverter
const mediaDir = mkdtempSync(path.join(tmpdir(), 'iop-quality-media-'))

const repeat = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ')
const plainEnglish = repeat('Sleep helps your mood. Try to go to bed at the same time each night.', 10)
const plainSpanish = repeat('Dormir bien ayuda al ánimo. Trate de acostarse a la misma hora cada noche.', 10)
const hardEnglish = repeat(
  'Comprehensive psychoeducational interventions systematically facilitate the acquisition of evidence-based emotional regulation competencies, particularly among individuals experiencing co-occurring psychiatric conditions.',
  8,
)

const english = (slug: string, body: string) => ({
  slug,
  title: `Module ${slug}`,
  summary: 'A short summary.',
  objectives: [{ text: 'Name one thing that helps.' }],
  keyPoints: [{ text: 'Rest helps.' }],
  tryThis: 'Try one small step.',
  audience: 'all' as const,
  body: lexical(body),
})

const spanish = (body: string) => ({
  title: 'Módulo traducido',
  summary: 'Un resumen breve.',
  objectives: [{ text: 'Nombrar algo que ayuda.' }],
  keyPoints: [{ text: 'El descanso ayuda.' }],
  tryThis: 'Pruebe un paso pequeño.',
  body: lexical(body),
})

type FieldErrors = { data?: { errors?: { path: string; message: string }[] }; message?: string }
const failure = (promise: Promise<unknown>) => promise.then(() => ({}) as FieldErrors, (error: unknown) => error as FieldErrors)

async function readQuality(id: number, locale: 'en' | 'es'): Promise<QualitySnapshot> {
  const doc = await payload.findByID({ collection: 'psychoeducation-modules', id, locale, draft: true, user: users['program-designer'], overrideAccess: false })
  return snapshotOf(doc.quality)
}

/** Markdown as the Lexical state the editor saves, typed as the generated rich-text field. */
const lexical = (markdown: string) => md.toLexical(markdown) as unknown as NonNullable<PsychoeducationModule['body']>
/** The stored quality report (a JSON field, so untyped in the generated types). */
const snapshotOf = (value: unknown) => value as QualitySnapshot

beforeAll(async () => {
  process.env.MEDIA_DIR = mediaDir
  harness = await startPayload('quality')
  payload = harness.payload
  users = await createRoleUsers(payload)
  md = await createMarkdownConverter(payload.config)
})

afterAll(async () => {
  await harness?.stop()
  rmSync(mediaDir, { recursive: true, force: true })
})

describe('quality findings are stored on save, per locale', () => {
  it('saves a draft with errors, and keeps each locale\'s scores, findings and their fields on the document and its version', async () => {
    const designer = users['program-designer']
    const body = `## Sleep\n\n${plainEnglish}\n\n#### Too deep\n\nNobody is just an addict.`
    const doc = await payload.create({
      collection: 'psychoeducation-modules',
      data: { ...english('stored-findings', body), keyPoints: [{ text: 'Rest helps.' }, { text: 'No one is a junkie.' }] },
      draft: true,
      user: designer,
      overrideAccess: false,
    })
    expect(doc._status).toBe('draft')
    const en = snapshotOf(doc.quality)
    expect(en.locale).toBe('en')
    expect(en.findings.map((f) => [f.severity, f.rule, f.field])).toEqual(
      expect.arrayContaining([
        ['error', 'addict', 'body'],
        ['error', 'junkie', 'keyPoints.1.text'],
        ['error', 'heading-order', 'body'],
      ]),
    )
    expect(en.findings.find((f) => f.rule === 'addict')?.suggestion).toBe('Say "person with a substance use disorder" or "person who uses drugs".')
    expect(en.readability.readers).toBe('patients')
    expect(en.readability.words).toBeGreaterThan(100)
    expect(en.readability.scores.map((s) => [s.formula, s.limit ?? null, s.meetsLimit])).toEqual([
      ['fleschKincaidGrade', 8, true],
      ['fleschReadingEase', null, true],
    ])

    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: spanish(`${plainSpanish}\n\nNo es cosa de locos.`), draft: true, user: users.translator, overrideAccess: false })
    const es = await readQuality(doc.id, 'es')
    expect(es.findings.map((f) => [f.rule, f.field])).toEqual([['loco', 'body']])
    expect(es.readability.scores.map((s) => s.formula)).toEqual(['fernandezHuerta', 'inflesz'])
    expect((await readQuality(doc.id, 'en')).findings.map((f) => f.rule)).toContain('addict')

    const { docs } = await payload.findVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: doc.id } }, sort: '-createdAt', locale: 'es', limit: 1, user: designer, overrideAccess: false })
    expect(snapshotOf(docs[0]?.version.quality).findings.map((f) => f.rule)).toEqual(['loco'])
  })

  it('shows the allowances a document uses, with their reasons', async () => {
    const designer = users['program-designer']
    const doc = await payload.create({
      collection: 'articles',
      data: { slug: 'words-matter', title: 'Words matter', summary: 'Instead of "addict", say person with a substance use disorder.', kind: 'explainer', publishedOn: '2026-10-20T12:00:00.000Z', audience: 'all' },
      draft: true,
      user: users.marketing,
      overrideAccess: false,
    })
    const quality = snapshotOf((await payload.findByID({ collection: 'articles', id: doc.id, draft: true, user: designer, overrideAccess: false })).quality)
    expect(quality.findings).toEqual([])
    expect(quality.allowed).toEqual([expect.objectContaining({ term: 'addict', field: 'summary', text: 'addict', scope: 'quoted', reason: expect.stringMatching(/person-first language/) })])
  })

  it('keeps the findings from anyone who is not editorial staff', async () => {
    const draft = await payload.create({ collection: 'psychoeducation-modules', data: english('public-read', plainEnglish), draft: true, user: users['program-designer'], overrideAccess: false })
    const doc = await payload.update({ collection: 'psychoeducation-modules', id: draft.id, data: { _status: 'published' }, user: users['clinical-reviewer'], overrideAccess: false })
    expect(snapshotOf(doc.quality).findings).toEqual([])
    const asPublic = await payload.findByID({ collection: 'psychoeducation-modules', id: doc.id, overrideAccess: false })
    expect(asPublic.title).toBe('Module public-read')
    expect(asPublic.quality).toBeUndefined()
    expect(asPublic.translationStatus).toBeUndefined()
  })
})

describe('quality errors stop review, approval and publishing', () => {
  it('refuses to submit for review while any language has an error, saying on each field what to change', async () => {
    const designer = users['program-designer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: english('blocked', `${plainEnglish}\n\nHe has been clean for a month.`), draft: true, user: designer, overrideAccess: false })
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: { ...spanish(plainSpanish), keyPoints: [{ text: 'Nadie es un adicto.' }] }, draft: true, user: users.translator, overrideAccess: false })

    const error = await failure(payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false }))
    expect(error.data?.errors).toEqual([
      { path: 'body', message: expect.stringMatching(/^English: "been clean" describes a person or a test result in terms of hygiene.*For a test say "tested negative"/) },
      { path: 'keyPoints.0.text', message: expect.stringMatching(/^Español: "adicto" .*persona con un trastorno por consumo de sustancias/) },
    ])
    expect((await payload.findByID({ collection: 'psychoeducation-modules', id: doc.id, draft: true })).workflowState).toBe('draft')

    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { body: lexical(`${plainEnglish}\n\nHe has been in recovery for a month.`) }, draft: true, user: designer, overrideAccess: false })
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: { keyPoints: [{ text: 'Nadie se define por su diagnóstico.' }] }, draft: true, user: users.translator, overrideAccess: false })
    const submitted = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false })
    expect(submitted.workflowState).toBe('in-review')
  })

  it('refuses to publish with an error, for a reviewer too, and names the field of a script\'s facilitator notes', async () => {
    const reviewer = users['clinical-reviewer']
    const script = await payload.create({
      collection: 'session-scripts',
      data: {
        slug: 'blocked-script',
        title: 'Blocked script',
        goals: [{ text: 'Practice.' }],
        preparation: 'Read it.',
        safetyNote: 'Follow the risk protocol.',
        groupType: 'skills',
        approach: 'cbt',
        minutes: 60,
        segments: [{ name: 'Skill', minutes: 60 }],
        facilitatorNotes: lexical('## Notes\n\nSome members were junkies once.'),
      },
      draft: true,
      user: users['program-designer'],
      overrideAccess: false,
    })
    const error = await failure(payload.update({ collection: 'session-scripts', id: script.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false }))
    expect(error.data?.errors).toEqual([{ path: 'facilitatorNotes', message: expect.stringMatching(/^English: "junkies" is a slur/) }])
    expect((await payload.findByID({ collection: 'session-scripts', id: script.id })).workflowState).toBe('draft')
  })

  it('asks for alt text on an image in every language it is shown in', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A person breathing slowly by a window' },
      file: { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), mimetype: 'image/svg+xml', name: 'breathing.svg', size: 60 },
      user: users['program-designer'],
      overrideAccess: false,
    })
    const body = `${plainEnglish}\n\n![media:${image.id}]()`
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: english('with-image', body), draft: true, user: users['program-designer'], overrideAccess: false })
    expect(snapshotOf(doc.quality).findings).toEqual([])
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: spanish(`${plainSpanish}\n\n![media:${image.id}]()`), draft: true, user: users.translator, overrideAccess: false })
    const es = await readQuality(doc.id, 'es')
    expect(es.findings).toEqual([expect.objectContaining({ rule: 'image-alt', severity: 'error', field: 'body', suggestion: 'Open breathing.svg in Media, switch the language to Español, and describe what the image shows in its alt text.' })])

    const error = await failure(payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: users['program-designer'], overrideAccess: false }))
    expect(error.data?.errors).toEqual([{ path: 'body', message: expect.stringMatching(/^Español: The image "breathing\.svg" has no alt text/) }])

    await payload.update({ collection: 'media', id: image.id, locale: 'es', data: { alt: 'Una persona respira despacio junto a una ventana' }, user: users.translator, overrideAccess: false })
    const submitted = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: users['program-designer'], overrideAccess: false })
    expect(submitted.workflowState).toBe('in-review')
  })
})

describe('publishing above the readability target needs a reviewer\'s written override, kept with the version', () => {
  it('lets a designer submit hard text for review, but not override; a reviewer must give a reason to publish', async () => {
    const designer = users['program-designer']
    const reviewer = users['clinical-reviewer']
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: english('hard-text', hardEnglish), draft: true, user: designer, overrideAccess: false })
    expect(snapshotOf(doc.quality).findings.map((f) => [f.rule, f.severity])).toEqual([['readability-limit', 'error']])

    const submitted = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { workflowState: 'in-review' }, draft: true, user: designer, overrideAccess: false })
    expect(submitted.workflowState).toBe('in-review')

    const designerOverride = await failure(
      payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { readabilityOverride: { reason: 'I think it reads fine.' } }, draft: true, user: designer, overrideAccess: false }),
    )
    expect(designerOverride.message).toMatch(/^Only a clinical reviewer or an admin can override the readability target\./)

    const withoutReason = await failure(payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false }))
    expect(withoutReason.data?.errors).toEqual([
      { path: 'body', message: expect.stringMatching(/^English: Too hard to read for patients: Flesch-Kincaid grade .*a clinical reviewer or an admin writes the reason under "Readability override"/) },
    ])
    const blankReason = await failure(payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published', readabilityOverride: { reason: '   ' } }, user: reviewer, overrideAccess: false }))
    expect(blankReason.data?.errors?.[0]?.path).toBe('body')

    const reason = 'Written for the clinic\'s peer mentors, who asked for the clinical terms; a plain version is in review.'
    const published = await payload.update({ collection: 'psychoeducation-modules', id: doc.id, data: { _status: 'published', readabilityOverride: { reason } }, user: reviewer, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(published.readabilityOverride?.reason).toBe(reason)
    expect(published.readabilityOverride?.grantedByName).toBe(reviewer.name)
    const grantedBy = published.readabilityOverride?.grantedBy
    expect(typeof grantedBy === 'object' ? grantedBy?.id : grantedBy).toBe(reviewer.id)

    const { docs: history } = await payload.findVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: doc.id } }, sort: '-createdAt', depth: 0, user: reviewer, overrideAccess: false })
    const [latest, ...earlier] = history
    expect(latest?.version).toMatchObject({ _status: 'published', readabilityOverride: { reason, grantedByName: reviewer.name, grantedBy: reviewer.id } })
    expect((latest?.version.readabilityOverride?.grantedFor as { en?: { fleschKincaidGrade?: number } } | undefined)?.en?.fleschKincaidGrade).toBeGreaterThan(8)
    expect(earlier.length).toBeGreaterThan(0)
    for (const version of earlier) expect(version.version.readabilityOverride?.reason ?? null).toBeNull()
  })

  it('lets marketing publish an article under a reviewer\'s override, but not a harder text than it was given for', async () => {
    const marketing = users.marketing
    const reviewer = users['clinical-reviewer']
    const article = { slug: 'hard-article', title: 'How programs are designed', summary: 'How a program is put together.', kind: 'explainer' as const, publishedOn: '2026-10-20T12:00:00.000Z', audience: 'all' as const }
    const doc = await payload.create({ collection: 'articles', data: { ...article, body: lexical(hardEnglish) }, draft: true, user: marketing, overrideAccess: false })
    const refused = await failure(payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: marketing, overrideAccess: false }))
    expect(refused.data?.errors?.[0]?.message).toMatch(/^English: Too hard to read for the public/)
    const marketingOverride = await failure(payload.update({ collection: 'articles', id: doc.id, data: { readabilityOverride: { reason: 'Our readers are professionals.' } }, draft: true, user: marketing, overrideAccess: false }))
    expect(marketingOverride.message).toMatch(/^Only a clinical reviewer or an admin/)

    await payload.update({ collection: 'articles', id: doc.id, data: { readabilityOverride: { reason: 'An explainer for referring clinicians, linked from the professional page only.' } }, draft: true, user: reviewer, overrideAccess: false })
    const published = await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: marketing, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(published.readabilityOverride?.grantedByName).toBe(reviewer.name)

    const harder = `${hardEnglish} ${repeat('Notwithstanding considerable methodological heterogeneity, multidisciplinary institutional collaborations demonstrably ameliorate longitudinal psychosocial outcomes.', 6)}`
    const again = await failure(payload.update({ collection: 'articles', id: doc.id, data: { body: lexical(harder), _status: 'published' }, user: marketing, overrideAccess: false }))
    expect(again.data?.errors?.[0]).toMatchObject({ path: 'body', message: expect.stringMatching(/^English: Too hard to read/) })
  })
})
