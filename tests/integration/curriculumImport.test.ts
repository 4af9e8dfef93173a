import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBundle, readCurriculum } from '../../cms/bundle/exportBundle'
import { importBundle } from '../../cms/bundle/importBundle'
import { readMedia } from '../../cms/bundle/mediaFiles'
import { mediaDigest, withMediaAltText } from '../../curriculum/format/media'
import { canWriteViaDatabase } from '../../cms/bundle/writeViaDatabase'
import { checkLocaleQuality } from '../../cms/quality/checkLocaleQuality'
import { nodeTypesOf, unknownNodeType } from '../../cms/richText/knownNodes'
import { createMarkdownConverter } from '../../cms/richText/markdown'
import { localeCodes, type LocaleCode } from '../../curriculum/locales'
import { BundleError, formatProblem } from '../../curriculum/format/problems'
import { serializeDocument } from '../../curriculum/format/serialize'
import { checkDocumentQuality, type QualitySnapshot } from '../../curriculum/quality'
import { readBundle } from '../../curriculum/format/readBundle'
import { collectionOf, contentTypeKeys, type ContentTypeKey } from '../../curriculum/schemas'
import { copyShippedBundle, editFile, shippedBundle } from '../support/bundleCopy'
import { injectionMarker, unknownNodeRichText } from '../support/injection'
import { startPayload, type TestPayload } from '../support/payloadHarness'

let harness: TestPayload
let payload: Payload
const temporary: string[] = []

/** Every file of a bundle but its README, keyed by path relative to the bundle (media folders included). */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (entry.isFile() && relative !== 'README.md') files.set(relative, readFileSync(path.join(dir, relative), 'utf8'))
  }
  return files
}

/** Everything an import could change: every document's latest state and every version count. */
async function databaseState(): Promise<string> {
  const documents = await readCurriculum(payload, { drafts: true })
  const files = documents.flatMap((doc) => [...serializeDocument(doc)].map(([file, text]) => `${file}\n${text}`))
  const versions: number[] = []
  for (const type of contentTypeKeys) versions.push((await payload.countVersions({ collection: collectionOf(type) })).totalDocs)
  const statuses = []
  for (const type of contentTypeKeys) {
    const { docs } = await payload.find({ collection: collectionOf(type), draft: true, pagination: false, depth: 0, select: { slug: true, _status: true } })
    statuses.push(...docs.map((d) => `${type}:${String((d as { slug?: string }).slug)}:${String((d as { _status?: string })._status)}`))
  }
  const media = (await readMedia(payload)).map((m) => `${m.name}:${JSON.stringify(m.alt)}:${mediaDigest(m.bytes)}`)
  return JSON.stringify({ files: files.sort(), versions, statuses: statuses.sort(), media })
}

async function rejected(dir: string): Promise<string[]> {
  const error = await importBundle(payload, dir, { publish: true }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(BundleError)
  return (error as BundleError).problems.map(formatProblem)
}

function bundleCopy(): string {
  const dir = copyShippedBundle()
  temporary.push(dir)
  return dir
}

beforeAll(async () => {
  harness = await startPayload('import')
  payload = harness.payload
}, 180_000)

afterAll(async () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
  await harness?.stop()
})

describe('curriculum import and export', () => {
  it('imports the shipped curricula into an empty database, published', async () => {
    const summary = await importBundle(payload, shippedBundle, { publish: true })
    expect(summary).toEqual({ created: 117, updated: 0, unchanged: 0, failed: 0, media: { created: 1, updated: 0, unchanged: 0 } })
    const module = await payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'understanding-depression' } }, locale: 'es' })
    expect(module.docs[0]?._status).toBe('published')
    expect(module.docs[0]?.review?.reviewer).toBeTruthy()
    const versions = await payload.countVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: module.docs[0]!.id } } })
    expect(versions.totalDocs).toBe(1)
  })

  it('stores rich text the CMS would accept on a save: every node of a type the editor knows', async () => {
    const known = nodeTypesOf((payload.config.editor as LexicalRichTextAdapter).editorConfig)
    expect([...known]).toEqual(expect.arrayContaining(['heading', 'list', 'listitem', 'link', 'quote', 'table', 'upload']))
    const states: unknown[] = []
    const collect = (value: unknown): void => {
      if (!value || typeof value !== 'object') return
      if ('root' in value && (value as { root: { type?: unknown } }).root?.type === 'root') states.push((value as { root: unknown }).root)
      else Object.values(value).forEach(collect)
    }
    for (const type of contentTypeKeys) collect((await payload.find({ collection: collectionOf(type), locale: 'all', depth: 0, pagination: false })).docs)
    expect(states.length).toBeGreaterThan(150)
    expect(states.map((root) => unknownNodeType(root, known)).filter(Boolean)).toEqual([])
    expect(unknownNodeType({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'html', html: '<b>' }] }] }, known)).toBe('html')
    expect(unknownNodeType({ type: 'root', children: [{ children: [] }] }, known)).toBe('(no type)')
    expect(unknownNodeType({ type: 'root', children: [null] }, known)).toBe('(no type)')
    // What the save hooks read of a state the save will refuse: the text around the node.
    const md = await createMarkdownConverter(payload.config)
    expect(md.toMarkdown(unknownNodeRichText())).toBe(`${injectionMarker} before an unknown node\n\ninside a paragraph:`)
  })

  it('stores on every document, in every locale, what the bundle validator finds, and a save in the CMS finds the same: one engine in both places', async () => {
    const { documents, media } = readBundle(shippedBundle)
    const req = await createLocalReq({}, payload)
    let compared = 0
    for (const type of contentTypeKeys) {
      const collection = collectionOf(type)
      const { docs } = await payload.find({ collection, locale: 'all', depth: 0, pagination: false, overrideAccess: true })
      const bySlug = new Map((docs as unknown as { slug: string; quality?: Partial<Record<LocaleCode, QualitySnapshot>> }[]).map((doc) => [doc.slug, doc]))
      for (const doc of documents.filter((each) => each.type === type)) {
        for (const locale of Object.keys(doc.files) as LocaleCode[]) {
          const expected = checkDocumentQuality({ type, slug: doc.slug, locale, fields: doc.localized[locale] ?? {}, body: withMediaAltText(doc.body[locale] ?? '', media, locale) })
          const stored = bySlug.get(doc.slug)?.quality?.[locale]
          const name = `${type}/${doc.slug}.${locale}`
          // What the quality gate computes on a save: the stored rich text back to Markdown, images with their alt text from Media.
          const { docs: [inLocale] } = await payload.find({ collection, where: { slug: { equals: doc.slug } }, locale, fallbackLocale: false, depth: 0, overrideAccess: true })
          const onSave = await checkLocaleQuality(req, { type, slug: doc.slug, locale, doc: inLocale as unknown as Record<string, unknown> })
          expect(onSave.findings.map((f) => [f.rule, f.severity, f.message]), `${name} on save`).toEqual(expected.findings.map((f) => [f.rule, f.severity, f.message]))
          expect(onSave.readability.stats.words, `${name} on save`).toBe(expected.readability.stats.words)
          expect(stored?.findings.map((f) => [f.rule, f.severity, f.message]), name).toEqual(expected.findings.map((f) => [f.rule, f.severity, f.message]))
          expect(stored?.allowed.map((use) => [use.term, use.text]), name).toEqual(expected.allowed.map((use) => [use.term, use.text]))
          expect(stored?.readability.words, name).toBe(expected.readability.stats.words)
          compared++
        }
      }
    }
    expect(compared).toBe(documents.reduce((files, doc) => files + Object.keys(doc.files).length, 0))
  })

  it('changes nothing, not even versions, when the same bundle is imported again', async () => {
    const before = await databaseState()
    const summary = await importBundle(payload, shippedBundle, { publish: true })
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 117, failed: 0, media: { created: 0, updated: 0, unchanged: 1 } })
    expect(await databaseState()).toBe(before)
  })

  it('changes nothing either when the same bundle comes in as drafts: there is nothing to draft', async () => {
    const before = await databaseState()
    const summary = await importBundle(payload, shippedBundle, { publish: false })
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 117, failed: 0, media: { created: 0, updated: 0, unchanged: 1 } })
    expect(await databaseState()).toBe(before)
  })

  it('exports the database back to the shipped bundle byte for byte', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'iop-export-'))
    temporary.push(out)
    const result = await exportBundle(payload, out, { drafts: false })
    expect(result.documents).toBe(117)
    const exported = filesOf(out)
    const shipped = filesOf(shippedBundle)
    expect([...exported.keys()].sort()).toEqual([...shipped.keys()].sort())
    for (const [file, text] of shipped) expect(exported.get(file), file).toBe(text)
  })

  it('gives a changed document exactly one new version, and leaves the rest alone', async () => {
    const dir = bundleCopy()
    editFile(dir, 'psychoeducation/thinking-traps.en.md', (t) => t.replace(/\n## /, '\nA new opening line for this module.\n\n## '))
    editFile(dir, 'psychoeducation/thinking-traps.es.md', (t) => t.replace(/\n## /, '\nUna nueva primera línea.\n\n## '))
    const { docs } = await payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'thinking-traps' } } })
    const id = docs[0]!.id
    const before = await payload.countVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: id } } })
    const summary = await importBundle(payload, dir, { publish: true })
    expect(summary).toEqual({ created: 0, updated: 1, unchanged: 116, failed: 0, media: { created: 0, updated: 0, unchanged: 1 } })
    const after = await payload.countVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: id } } })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
    const spanish = await payload.findByID({ collection: 'psychoeducation-modules', id, locale: 'es' })
    expect(JSON.stringify(spanish.body)).toContain('Una nueva primera línea.')
    await importBundle(payload, shippedBundle, { publish: true })
  })

  it.each([
    ['bad YAML', (dir: string) => editFile(dir, 'articles/words-matter.en.md', (t) => t.replace('kind: explainer', 'kind: [explainer'))],
    ['an unknown reference', (dir: string) => editFile(dir, 'programs/adolescent.en.md', (t) => t.replace('script: teen-process-group', 'script: teen-process-groop'))],
    ['a rule violation', (dir: string) => editFile(dir, 'programs/adult-mental-health.en.md', (t) => t.replace('daysPerWeek: 3', 'daysPerWeek: 2'))],
    ['a missing locale', (dir: string) => rmSync(path.join(dir, 'holistic/body-scan.es.md'))],
  ])('rejects a bundle with %s and leaves the database exactly as it was', async (_name, defect) => {
    const dir = bundleCopy()
    editFile(dir, 'psychoeducation/self-compassion.en.md', (t) => t.replace('## ', '## Changed ')) // a valid change that must not land
    defect(dir)
    const before = await databaseState()
    const problems = await rejected(dir)
    expect(problems.length).toBeGreaterThan(0)
    expect(await databaseState()).toBe(before)
  })

  it('rolls everything back when the import fails partway through', async () => {
    const dir = bundleCopy()
    for (const slug of ['self-compassion', 'thinking-traps', 'managing-stress']) editFile(dir, `psychoeducation/${slug}.en.md`, (t) => t.replace('## ', '## Revised '))
    const before = await databaseState()
    const failure = importBundle(payload, dir, {
      publish: true,
      onProgress: ({ done }) => {
        if (done === 60) throw new Error('power cut')
      },
    })
    await expect(failure).rejects.toThrow('power cut')
    expect(await databaseState()).toBe(before)
  })

  it('updates a media file whose alt text or bytes changed, and leaves the documents that show it alone', async () => {
    const dir = bundleCopy()
    editFile(dir, 'holistic/media/box-breathing.svg.yaml', (t) => t.replace('A square traced clockwise', 'A square you trace clockwise'))
    editFile(dir, 'holistic/media/box-breathing.svg', (t) => t.replace('#f4f8f7', '#f5f9f8'))
    const summary = await importBundle(payload, dir, { publish: true })
    expect(summary).toMatchObject({ created: 0, updated: 0, failed: 0, media: { created: 0, updated: 1, unchanged: 0 } })
    const [media] = await readMedia(payload)
    expect(media?.alt.en).toMatch(/^A square you trace clockwise/)
    expect(media?.bytes.toString('utf8')).toContain('#f5f9f8')
    const exercise = await payload.find({ collection: 'holistic-exercises', where: { slug: { equals: 'box-breathing' } }, depth: 1, locale: 'es' })
    expect(JSON.stringify(exercise.docs[0]?.body)).toContain('"filename":"box-breathing.svg"')
    await importBundle(payload, shippedBundle, { publish: true })
  })

  it('puts a media file back as it was when the import that changed it fails', async () => {
    const dir = bundleCopy()
    editFile(dir, 'holistic/media/box-breathing.svg', (t) => t.replace('#f4f8f7', '#000000'))
    const before = await databaseState()
    const failure = importBundle(payload, dir, {
      publish: true,
      onProgress: ({ done }) => {
        if (done === 10) throw new Error('power cut')
      },
    })
    await expect(failure).rejects.toThrow('power cut')
    expect(await databaseState()).toBe(before)
    expect((await readMedia(payload))[0]?.bytes.toString('utf8')).toContain('#f4f8f7')
  })

  it('checks a bundle in a worker thread while writing, with the same verdict as checking first', async () => {
    const { readBundle } = await import('../../curriculum/format/readBundle')
    // A quality error only (the quick checks on the importing thread let it through), and a schema error.
    const qualityOnly = bundleCopy()
    editFile(qualityOnly, 'psychoeducation/self-compassion.en.md', (t) => t.replace('## ', 'Every addict deserves care.\n\n## '))
    const schema = bundleCopy()
    editFile(schema, 'psychoeducation/thinking-traps.en.md', (t) => t.replace('audience: all', 'audience: everyone'))
    for (const dir of [qualityOnly, schema]) {
      const before = await databaseState()
      const error = await importBundle(payload, dir, { publish: true, check: 'worker' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(BundleError)
      expect((error as BundleError).problems).toEqual(readBundle(dir).problems)
      expect(await databaseState()).toBe(before)
    }
    const changed = bundleCopy()
    editFile(changed, 'psychoeducation/self-compassion.en.md', (t) => t.replace('## ', '## Gently, ').replace('## Gently, ', '## '))
    editFile(changed, 'psychoeducation/self-compassion.es.md', (t) => t.replace(/\n## /, '\nUna línea nueva.\n\n## '))
    expect(await importBundle(payload, changed, { publish: true, check: 'worker' })).toEqual({ created: 0, updated: 1, unchanged: 116, failed: 0, media: { created: 0, updated: 0, unchanged: 1 } })
    // The quality report stored is the one the worker made of the changed text.
    const checked = readBundle(changed)
    const compassion = checked.documents.find((doc) => doc.slug === 'self-compassion')!
    const expected = checkDocumentQuality({ type: 'psychoeducation', slug: 'self-compassion', locale: 'es', fields: compassion.localized.es ?? {}, body: withMediaAltText(compassion.body.es ?? '', checked.media, 'es') })
    const { docs: [stored] } = await payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'self-compassion' } }, locale: 'all', depth: 0, overrideAccess: true })
    const storedEs = (stored as unknown as { quality: Record<LocaleCode, QualitySnapshot> }).quality.es
    expect(storedEs.readability.words).toBe(expected.readability.stats.words)
    expect(storedEs.findings.map((f) => f.message)).toEqual(expected.findings.map((f) => f.message))
    await importBundle(payload, shippedBundle, { publish: true })
  })

  it('brings new documents in as drafts on request, keeping the reviewer fields', async () => {
    const dir = bundleCopy()
    // (Not a copy of words-matter: the language checks allow its quoted words for that article only.)
    const source = readFileSync(path.join(dir, 'articles/a-week-in-iop.en.md'), 'utf8')
    writeFileSync(path.join(dir, 'articles/a-week-in-iop-2.en.md'), source.replace('clinical: false', 'clinical: true\nreview:\n  reviewer: Dana Whitfield, LCSW\n  reviewedOn: "2026-10-15"\n  nextReviewDue: "2027-10-15"'))
    writeFileSync(path.join(dir, 'articles/a-week-in-iop-2.es.md'), readFileSync(path.join(dir, 'articles/a-week-in-iop.es.md'), 'utf8'))
    const summary = await importBundle(payload, dir, { publish: false })
    expect(summary.created).toBe(1)
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'a-week-in-iop-2' } }, draft: true })
    expect(docs[0]?._status).toBe('draft')
    expect(docs[0]?.review?.reviewer).toBe('Dana Whitfield, LCSW')
    expect(docs[0]?.review?.nextReviewDue?.slice(0, 10)).toBe('2027-10-15')
  })
})

describe('documents written straight through the database, as the Local API would', () => {
  // One or more documents of every collection: with and without a Spanish version, a review,
  // references, relationships of every kind, nested lists and a full program schedule.
  const samples: [ContentTypeKey, string][] = [
    ['conditions', 'anxiety'],
    ['psychoeducation', 'thinking-traps'],
    ['family', 'family-crisis-plan'],
    ['holistic', 'body-scan'],
    ['articles', 'how-to-get-help-now'],
    ['articles', 'a-week-in-iop'],
    ['scripts', 'cbt-sud-refusal-skills'],
    ['scripts', 'aftercare-planning-step-down'],
    ['programs', 'adolescent'],
  ]
  const objectId = /^[0-9a-f]{24}$/

  beforeAll(async () => {
    await importBundle(payload, shippedBundle, { publish: true })
  })

  /** The shipped bundle plus a copy of every sample as `<slug>-<suffix>`, changed by `revise`. */
  function withSamples(suffix: string, revise?: (text: string, locale: LocaleCode) => string): string {
    const dir = bundleCopy()
    for (const [type, slug] of samples) {
      for (const locale of localeCodes) {
        const from = path.join(dir, type, `${slug}.${locale}.md`)
        if (!existsSync(from)) continue
        const text = readFileSync(from, 'utf8')
        writeFileSync(path.join(dir, type, `${slug}-${suffix}.${locale}.md`), revise ? revise(text, locale) : text)
      }
    }
    return dir
  }

  /** A change to every file: a new closing sentence, or a new start to a condition's description. */
  const revision = (round: number) => (text: string, locale: LocaleCode) => {
    const sentence = locale === 'es' ? `Revisado ${round} veces.` : `Revised ${round} times.`
    return text.endsWith('---\n') ? text.replace('\ndescription: ', `\ndescription: ${sentence} `) : `${text.trimEnd()}\n\n${sentence}\n`
  }

  /** A document as read, without what differs between two copies: ids, slug, timestamps, row ids. */
  function comparable(value: unknown, key = ''): unknown {
    if (Array.isArray(value)) return value.map((each) => comparable(each))
    if (value !== null && typeof value === 'object') {
      const { id: _id, slug: _slug, createdAt, updatedAt, ...rest } = value as Record<string, unknown>
      const fields = key === '' || key === 'version' ? { ...rest, timestamps: typeof createdAt === 'string' && typeof updatedAt === 'string' } : (value as Record<string, unknown>)
      return Object.fromEntries(Object.entries(fields).map(([name, each]) => [name, comparable(each, name)]))
    }
    if (key === 'id' && typeof value === 'string' && objectId.test(value)) return '<row id>'
    // When each locale was saved (translation tracking) differs between two imports; what was saved does not.
    if (key === 'savedAt' && typeof value === 'string') return '<saved at>'
    return value
  }

  /** Everything a reader can see of a document: published and draft reads in every locale, and its versions. */
  async function readBack(type: ContentTypeKey, slug: string) {
    const collection = collectionOf(type)
    const reads: Record<string, unknown> = {}
    let id: number | string | undefined
    for (const draft of [false, true]) {
      for (const locale of [...localeCodes, 'all'] as const) {
        const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, draft, locale, depth: 0, overrideAccess: true })
        expect(docs, `${slug} ${locale}`).toHaveLength(1)
        id = docs[0]!.id
        reads[`${draft ? 'draft' : 'published'} ${locale}`] = comparable(docs[0])
      }
    }
    const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, locale: 'all', depth: 0, sort: '-updatedAt', pagination: false, overrideAccess: true })
    const versions = docs.map((v) => ({ latest: v.latest, autosave: (v as { autosave?: boolean }).autosave, version: comparable(v.version, 'version') }))
    return { reads, versions }
  }

  /** Imports the same change fast and through the Local API, and checks both read back alike. */
  async function importBoth(round: { publish: boolean; revise?: (text: string, locale: LocaleCode) => string; suffix?: string }) {
    const suffix = round.suffix ?? ''
    const fast = await importBundle(payload, withSamples(`fast${suffix}`, round.revise), { publish: round.publish })
    const viaLocalApi = await importBundle(payload, withSamples(`api${suffix}`, round.revise), { publish: round.publish, writer: 'local-api' })
    const results = []
    for (const [type, slug] of samples) {
      const written = await readBack(type, `${slug}-fast${suffix}`)
      expect(written, `${type}/${slug}`).toEqual(await readBack(type, `${slug}-api${suffix}`))
      results.push(written)
    }
    return { fast, viaLocalApi, results }
  }

  it('writes every curriculum collection straight through the database on SQLite', () => {
    for (const type of contentTypeKeys) expect(canWriteViaDatabase(payload, collectionOf(type)), type).toBe(payload.db.name === 'sqlite')
  })

  it('creates published documents that read back like ones created through the Local API, with one version', async () => {
    const { fast, results } = await importBoth({ publish: true })
    expect(fast.created).toBe(samples.length)
    for (const { versions, reads } of results) {
      expect(versions).toHaveLength(1)
      expect(versions[0]).toMatchObject({ latest: true, autosave: false, version: { _status: 'published', workflowState: 'published' } })
      expect(reads['published all']).toEqual(reads['draft all'])
    }
  })

  it('updates them alike, with exactly one new version each', async () => {
    const { fast, results } = await importBoth({ publish: true, revise: revision(2) })
    expect(fast).toMatchObject({ created: 0, updated: samples.length })
    for (const { versions } of results) {
      expect(versions).toHaveLength(2)
      expect(versions.map((v) => v.latest)).toEqual([true, false])
    }
  })

  it('saves a draft over published documents alike: a new draft version, the published document untouched', async () => {
    const { fast, results } = await importBoth({ publish: false, revise: revision(3) })
    expect(fast.updated).toBeGreaterThanOrEqual(samples.length)
    for (const { versions, reads } of results) {
      expect(versions).toHaveLength(3)
      expect(versions[0]).toMatchObject({ latest: true, version: { _status: 'draft' } })
      expect(reads['published all']).toMatchObject({ _status: 'published' })
      expect(reads['published all']).not.toEqual(reads['draft all'])
    }
  })

  it('publishes the draft alike', async () => {
    const { results } = await importBoth({ publish: true, revise: revision(3) })
    for (const { versions, reads } of results) {
      expect(versions).toHaveLength(4)
      expect(versions[0]).toMatchObject({ latest: true, version: { _status: 'published', workflowState: 'published' } })
      expect(reads['published all']).toEqual(reads['draft all'])
    }
  })

  it('creates new drafts alike, each with one draft version', async () => {
    const { fast, results } = await importBoth({ publish: false, suffix: '-draft' })
    expect(fast.created).toBe(samples.length)
    for (const { versions } of results) {
      expect(versions).toHaveLength(1)
      expect(versions[0]).toMatchObject({ latest: true, autosave: false, version: { _status: 'draft', workflowState: 'draft' } })
    }
  })
})
