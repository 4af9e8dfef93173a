import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlFiles } from '../../cms/publish/checkBuild'
import type { PublishResult } from '../../cms/publish/publishSite'
import { findInjectedMarkup, forgedRichText, hostileLine, hostileMarkdown, hostileRichText, hostileText, injectionMarker, unknownNodeRichText } from '../support/injection'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { loadShippedCurricula } from '../support/shippedCurricula'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers } from '../support/users'

/**
 * The public site is published from approved content only. A marker planted in drafts of every
 * public collection (over published documents, and in documents that were never published)
 * must appear in no built file (pages, search index, sitemap, feeds) and in no anonymous REST
 * response. Neither may any text of a session script. Hostile content published by editors
 * comes out as text, and every page is valid HTML.
 */

const draftMarker = 'zqvdraftmarker'
const publishedMarker = 'zqvpublishedmarker'
// The search index stores word stems ("marker" → "marker", "published" → "publish"), so files are scanned for the stem.
const stemOf = (marker: string) => marker.slice(0, 10)

let harness: TestPayload
let payload: Payload
let work: string
let outDir: string
let result: PublishResult
let scriptSentences: string[] = []
const publicCollections: CollectionSlug[] = ['conditions', 'psychoeducation-modules', 'family-modules', 'holistic-exercises', 'articles', 'programs']
const draftOnlyIds = new Map<CollectionSlug, number | string>()
const draftOverPublishedIds = new Map<CollectionSlug, number | string>()
let referenceRejection: unknown
let forgedRejection: unknown
let unknownNodeRejection: unknown

/** Every built file as text: gzip-compressed Pagefind files are read decompressed. */
function builtFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      let bytes = readFileSync(file)
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
      const text = bytes
        .toString('utf8')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
      return { file: path.relative(dir, file), text }
    })
}

async function idOf(collection: CollectionSlug, slug: string): Promise<number | string> {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const doc = docs[0]
  if (!doc) throw new Error(`No ${collection} "${slug}" in the shipped content`)
  return doc.id
}

beforeAll(async () => {
  harness = await startPayload('publish')
  payload = harness.payload
  await loadShippedCurricula(payload)

  // Drafts over published documents, in both languages.
  const drafts: [CollectionSlug, string, Record<string, unknown>][] = [
    ['psychoeducation-modules', 'understanding-anxiety', { title: `Understanding anxiety ${draftMarker}`, tryThis: `Try ${draftMarker}`, keyPoints: [{ text: draftMarker }] }],
    ['family-modules', 'family-boundaries', { summary: `Boundaries ${draftMarker}` }],
    ['holistic-exercises', 'body-scan', { summary: `Body scan ${draftMarker}`, steps: [{ text: `Step ${draftMarker}` }] }],
    ['articles', 'what-is-iop', { summary: `What is IOP ${draftMarker}` }],
    ['programs', 'adult-mental-health', { summary: `Program ${draftMarker}` }],
  ]
  drafts.push(['conditions', 'anxiety', { description: `Anxiety ${draftMarker}` }])
  for (const [collection, slug, data] of drafts) {
    const id = await idOf(collection, slug)
    draftOverPublishedIds.set(collection, id)
    for (const locale of ['en', 'es'] as const) await payload.update({ collection, id, data, draft: true, locale })
  }
  // A document of every public collection that exists only as a draft (drafts may be incomplete).
  for (const collection of publicCollections) {
    const titleField = collection === 'conditions' || collection === 'programs' ? 'name' : 'title'
    const doc = await payload.create({ collection, draft: true, locale: 'en', data: { slug: `${draftMarker}-only-${collection}`, [titleField]: `Draft only ${draftMarker}`, summary: draftMarker } as never })
    draftOnlyIds.set(collection, doc.id)
  }
  // A complete module that exists only as a draft.
  await payload.create({
    collection: 'psychoeducation-modules',
    draft: true,
    locale: 'en',
    data: { slug: `${draftMarker}-only`, title: `Draft only ${draftMarker}`, summary: draftMarker, tryThis: draftMarker, audience: 'all', objectives: [{ text: draftMarker }], keyPoints: [{ text: draftMarker }] },
  })

  // Hostile content, published the way editors publish: an article by marketing, a module by an admin.
  const users = await createRoleUsers(payload)
  await payload.create({
    collection: 'articles',
    locale: 'en',
    overrideAccess: false,
    user: users.marketing,
    data: { slug: 'hostile-article', title: hostileLine, summary: hostileText.join(' ').slice(0, 300), body: hostileRichText() as never, kind: 'explainer', clinical: false, publishedOn: '2026-11-01T12:00:00.000Z', audience: 'all', _status: 'published' },
  })
  forgedRejection = await payload
    .create({ collection: 'articles', locale: 'en', overrideAccess: false, user: users.marketing, data: { slug: 'forged-article', title: 'Forged', summary: 'Forged tags.', body: forgedRichText() as never, kind: 'explainer', clinical: false, publishedOn: '2026-11-01T12:00:00.000Z', audience: 'all', _status: 'published' } })
    .catch((error: unknown) => error)
  unknownNodeRejection = await payload
    .create({ collection: 'articles', locale: 'en', overrideAccess: false, user: users.marketing, data: { slug: 'unknown-node-article', title: 'Unknown node', summary: 'A node no feature knows.', body: unknownNodeRichText() as never, kind: 'explainer', clinical: false, publishedOn: '2026-11-01T12:00:00.000Z', audience: 'all', _status: 'published' } })
    .catch((error: unknown) => error)
  const { createMarkdownConverter } = await import('../../cms/richText/markdown')
  const md = await createMarkdownConverter(payload.config)
  const hostileModule = {
    slug: 'hostile-module',
    title: hostileLine,
    summary: hostileText.slice(0, 3).join(' '),
    tryThis: hostileText.join(' '),
    audience: 'all' as const,
    objectives: hostileText.slice(0, 3).map((text) => ({ text })),
    keyPoints: hostileText.slice(3, 6).map((text) => ({ text })),
    body: md.toLexical(hostileMarkdown) as never,
    review: { reviewer: hostileLine, reviewedOn: '2026-10-15T12:00:00.000Z', nextReviewDue: '2027-10-15T12:00:00.000Z' },
    _status: 'published' as const,
  }
  referenceRejection = await payload
    .create({ collection: 'psychoeducation-modules', locale: 'en', overrideAccess: false, user: users.admin, data: { ...hostileModule, slug: 'hostile-reference', references: [{ citation: 'A script link', url: 'javascript:alert(1)' }] } })
    .catch((error: unknown) => error)
  await payload.create({ collection: 'psychoeducation-modules', locale: 'en', overrideAccess: false, user: users.admin, data: { ...hostileModule, references: [{ citation: hostileText[0]!, url: 'https://example.org/?q="><script>alert(1)</script>' }] } })
  // A published control, so the scan below is known to see what is there.
  await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { slug: `${publishedMarker}-article`, title: `Published ${publishedMarker}`, summary: `Published ${publishedMarker}`, kind: 'explainer', clinical: false, publishedOn: '2026-11-01T12:00:00.000Z', audience: 'all', _status: 'published' },
  })

  const { docs: scripts } = await payload.find({ collection: 'session-scripts', locale: 'en', depth: 0, pagination: false })
  scriptSentences = scripts.flatMap((script) => [script.preparation, script.safetyNote, ...(script.segments ?? []).flatMap((segment) => (segment.prompts ?? []).map((p) => p.text))]).filter((text): text is string => typeof text === 'string' && text.length > 40)

  work = mkdtempSync(path.join(tmpdir(), 'iop-publish-test-'))
  outDir = path.join(work, 'site')
  const { publishSite } = await import('../../cms/publish/publishSite')
  result = await publishSite({ payload, outDir, cacheDir: path.join(work, 'cache'), onEvent: () => {} })
}, 180_000)

afterAll(async () => {
  await harness?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('publishing the site', () => {
  it('builds every step and swaps the site into place', () => {
    expect(result.steps.map((s) => s.step)).toEqual(['snapshot', 'build', 'index', 'check', 'swap'])
    expect(result.pages).toBeGreaterThan(100)
    for (const file of ['index.html', 'en/index.html', 'es/index.html', 'pagefind/pagefind-entry.json', 'sitemap-index.xml', 'en/rss.xml', 'es/rss.xml']) expect(existsSync(path.join(outDir, file)), file).toBe(true)
    expect(readdirSync(work).sort()).toEqual(['cache', 'site', 'site.builds'])
  })

  it('really holds the drafts it plants', async () => {
    const { docs } = await payload.find({ collection: 'psychoeducation-modules', draft: true, locale: 'en', where: { slug: { in: ['understanding-anxiety', `${draftMarker}-only`, `${draftMarker}-only-psychoeducation-modules`] } }, depth: 0 })
    expect(docs.map((d) => d.title).sort()).toEqual([`Draft only ${draftMarker}`, `Draft only ${draftMarker}`, `Understanding anxiety ${draftMarker}`])
    for (const collection of publicCollections) {
      const { docs: drafts } = await payload.find({ collection, draft: true, where: { slug: { like: draftMarker } }, depth: 0 })
      expect(drafts.length, collection).toBeGreaterThan(0)
    }
  })

  it('shows the published content, not the draft over it', () => {
    const page = readFileSync(path.join(outDir, 'en/education/understanding-anxiety/index.html'), 'utf8')
    expect(page).toContain('<h1>Understanding anxiety</h1>')
  })

  it('shows images from its own copy, with the alt text of the page language', () => {
    for (const [locale, alt] of [['en', 'A square traced clockwise'], ['es', 'Un cuadrado que se recorre']] as const) {
      const page = readFileSync(path.join(outDir, `${locale}/exercises/box-breathing/index.html`), 'utf8')
      const image = /<img [^>]*>/.exec(page)?.[0] ?? ''
      expect(image).toContain('src="/media/box-breathing.svg"')
      expect(image).toContain(`alt="${alt}`)
    }
    expect(readFileSync(path.join(outDir, 'media/box-breathing.svg'), 'utf8')).toContain('<svg')
    expect(readdirSync(path.join(outDir, 'media'))).toEqual(['box-breathing.svg'])
  })

  it('sees a published marker everywhere it should be, so the scan is real', () => {
    const files = builtFiles(outDir)
    const withMarker = files.filter((f) => f.text.toLowerCase().includes(stemOf(publishedMarker))).map((f) => f.file)
    expect(withMarker).toEqual(expect.arrayContaining([`en/articles/${publishedMarker}-article/index.html`, 'en/rss.xml', 'sitemap-0.xml']))
    expect(withMarker.some((f) => f.startsWith('pagefind/index/'))).toBe(true)
    expect(withMarker.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true)
  })

  it('lets no draft reach any built file: pages, search index, sitemap or feeds', () => {
    const leaks = builtFiles(outDir)
      .filter((f) => f.text.toLowerCase().includes(stemOf(draftMarker)))
      .map((f) => f.file)
    expect(leaks).toEqual([])
  })

  it('lets no draft reach an anonymous REST response, whatever the request asks for', async () => {
    const server = await startRestServer()
    try {
      const anonymous = new RestSession(server.url)
      const requests = publicCollections.flatMap((collection) => [
        `/api/${collection}?limit=1000&locale=all&depth=2`,
        `/api/${collection}?limit=1000&draft=true&locale=all`,
        `/api/${collection}?limit=1000&draft=true&locale=es`,
        `/api/${collection}?draft=true&where[slug][like]=${draftMarker}`,
        `/api/${collection}?draft=true&where[or][0][_status][equals]=draft&where[or][1][slug][exists]=true&locale=all`,
        `/api/${collection}/${draftOnlyIds.get(collection)}?draft=true`,
        `/api/${collection}/${draftOnlyIds.get(collection)}?draft=true&locale=all`,
        ...(draftOverPublishedIds.has(collection) ? [`/api/${collection}/${draftOverPublishedIds.get(collection)}?draft=true&locale=all`] : []),
        `/api/${collection}/versions?limit=100&locale=all`,
        `/api/${collection}/versions?where[version.slug][like]=${draftMarker}`,
      ])
      let published = 0
      for (const request of requests) {
        const response = await anonymous.request('GET', request)
        const text = (await response.text()).toLowerCase()
        expect(response.status, request).toBeLessThan(500)
        expect(text.includes(draftMarker), `${request} answered ${response.status} with a draft`).toBe(false)
        if (text.includes('"_status":"published"')) published++
      }
      // The scan reads real content: the published documents come back.
      expect(published).toBeGreaterThanOrEqual(publicCollections.length * 3)
    } finally {
      await server.close()
    }
  })

  it('refuses what it would not render: a reference link that is not a web address, rich text with forged tags or a node the editor does not know', () => {
    expect(referenceRejection).toMatchObject({ name: 'ValidationError', data: { errors: [expect.objectContaining({ message: expect.stringMatching(/web address/i) })] } })
    expect(forgedRejection).toMatchObject({ name: 'ValidationError', data: { errors: [expect.objectContaining({ message: expect.stringMatching(/tag must be one of/) })] } })
    expect(unknownNodeRejection).toMatchObject({ name: 'ValidationError', data: { errors: [expect.objectContaining({ path: 'body', message: expect.stringMatching(/"html" element the editor does not know/) })] } })
  })

  it('renders hostile content as text: no page holds live markup that content smuggled in', async () => {
    const pages = htmlFiles(outDir)
    const findings: string[] = []
    for (const page of pages) {
      const html = readFileSync(path.join(outDir, page), 'utf8')
      const isSearch = /(^|\/)search\/index\.html$/.test(page)
      for (const finding of await findInjectedMarkup(html, { allowScript: (src) => isSearch && /^\/_astro\/[\w.-]+\.js$/.test(src) })) findings.push(`${page}: ${finding}`)
    }
    expect(findings).toEqual([])
    // The hostile content is on the pages, as text.
    for (const page of ['en/articles/hostile-article/index.html', 'en/education/hostile-module/index.html']) {
      const html = readFileSync(path.join(outDir, page), 'utf8')
      expect(html, page).toContain(injectionMarker)
      expect(html, page).toContain('&lt;script&gt;')
    }
  })

  it('builds valid HTML: every page passes html-validate with the HTML standard rules', async () => {
    const { HtmlValidate } = await import('html-validate')
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
    const problems: string[] = []
    for (const page of htmlFiles(outDir)) {
      const report = await validator.validateString(readFileSync(path.join(outDir, page), 'utf8'), page)
      for (const message of report.results.flatMap((r) => r.messages)) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`)
    }
    expect(problems.slice(0, 30)).toEqual([])
  })

  it('lets no session script text reach the public site', () => {
    expect(scriptSentences.length).toBeGreaterThan(20)
    const files = builtFiles(outDir)
    const leaks = scriptSentences.filter((sentence) => files.some((f) => f.text.includes(sentence)))
    expect(leaks).toEqual([])
  })

  it('keeps the previous site, and names the step, when a publish fails', async () => {
    const { publishSite, PublishError } = await import('../../cms/publish/publishSite')
    const before = readFileSync(path.join(outDir, 'en/index.html'), 'utf8')
    const failing = publishSite({
      payload,
      outDir,
      cacheDir: path.join(work, 'cache'),
      onEvent: () => {},
      beforeSwap: () => {
        throw new Error('the disk is full')
      },
    })
    await expect(failing).rejects.toBeInstanceOf(PublishError)
    await expect(failing).rejects.toMatchObject({ step: 'check', message: expect.stringContaining('the disk is full') })
    expect(readFileSync(path.join(outDir, 'en/index.html'), 'utf8')).toBe(before)
    expect(readdirSync(work).sort()).toEqual(['cache', 'site', 'site.builds'])
  }, 120_000)
})
