import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { shippedBundle } from '../support/bundleCopy'
import { copyData } from '../support/documentCopy'
import { startPayload, type TestPayload } from '../support/payloadHarness'

/**
 * Backup and restore: the curricula of a database with open drafts are backed up as bundles,
 * restored into an empty database, and the two then read the same: every document's published
 * version and its latest version (drafts included), in every language, and its status; media
 * files with their alt text; the site settings in every language.
 */

interface CurriculumState {
  published: string[]
  latest: string[]
  statuses: string[]
}

const collections: CollectionSlug[] = ['conditions', 'psychoeducation-modules', 'family-modules', 'holistic-exercises', 'articles', 'session-scripts', 'programs']

/** Everything a reader or an editor sees of the curricula, with ids replaced by slugs (they differ between databases). */
async function curriculumState(payload: Payload): Promise<CurriculumState> {
  const { readCurriculum } = await import('../../cms/bundle/exportBundle')
  const { serializeDocument } = await import('../../curriculum/format/serialize')
  const files = async (drafts: boolean) => (await readCurriculum(payload, { drafts })).flatMap((doc) => [...serializeDocument(doc)].map(([file, text]) => `${file}\n${text}`)).sort()
  const statuses: string[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, draft: true, pagination: false, depth: 0, select: { slug: true, _status: true } })
    statuses.push(...docs.map((d) => `${collection}:${String((d as { slug?: string }).slug)}:${String((d as { _status?: string })._status)}`))
  }
  return { published: await files(false), latest: await files(true), statuses: statuses.sort() }
}

let source: TestPayload | undefined
let restored: TestPayload | undefined
let backupDir: string
let before: CurriculumState
let counts: { published: number; latest: number }
let documentsBeforeRestore = -1
let settingsBefore: unknown
let mediaBefore: unknown

/** The media files as a reader gets them: name, alt text per locale, and the bytes. */
async function mediaState(payload: Payload) {
  const { readMedia } = await import('../../cms/bundle/mediaFiles')
  return (await readMedia(payload)).map((file) => ({ ...file, bytes: file.bytes.toString('base64') }))
}

async function settingsState(payload: Payload) {
  const { readSiteSettings } = await import('../../cms/bundle/settingsBackup')
  return [...(await readSiteSettings(payload))]
}

beforeAll(async () => {
  source = await startPayload('backup-source')
  const payload = source.payload
  const { importBundle } = await import('../../cms/bundle/importBundle')
  await importBundle(payload, shippedBundle, { publish: true })

  // Open drafts over published documents, in both languages and in the body, as editors leave them.
  const idOf = async (collection: CollectionSlug, slug: string) => (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]!.id
  const module = await idOf('psychoeducation-modules', 'thinking-traps')
  await payload.update({ collection: 'psychoeducation-modules', id: module, draft: true, locale: 'en', data: { title: 'Thinking traps, and ways out of them' } })
  await payload.update({ collection: 'psychoeducation-modules', id: module, draft: true, locale: 'es', data: { title: 'Trampas del pensamiento y cómo salir de ellas' } })
  await payload.update({ collection: 'holistic-exercises', id: await idOf('holistic-exercises', 'body-scan'), draft: true, locale: 'en', data: { summary: 'A slow, gentle check-in with your body, from head to toe, at your own pace.' } })
  await payload.update({ collection: 'conditions', id: await idOf('conditions', 'anxiety'), draft: true, locale: 'es', data: { name: 'Ansiedad y preocupación' } })
  // A document that was never published.
  const original = await idOf('family-modules', 'family-boundaries')
  const english = await payload.findByID({ collection: 'family-modules', id: original, locale: 'en', depth: 0 })
  const spanish = await payload.findByID({ collection: 'family-modules', id: original, locale: 'es', fallbackLocale: false, depth: 0 })
  const draftOnly = await payload.create({ collection: 'family-modules', draft: true, locale: 'en', data: { ...copyData(english), slug: 'family-boundaries-second-edition', title: `${english.title} (second edition)`, _status: 'draft' } as never })
  const { slug: _slug, ...translation } = copyData(spanish)
  await payload.update({ collection: 'family-modules', id: draftOnly.id, draft: true, locale: 'es', data: { ...translation, title: `${spanish.title} (segunda edición)`, _status: 'draft' } as never })

  // Site settings as a program would edit them, different in each language.
  const { seedSiteSettings } = await import('../../cms/seed/siteSettings')
  await seedSiteSettings(payload)
  await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { organization: { name: 'Riverside Recovery IOP', phone: '555-0100' }, navigation: [{ label: 'Learn', path: '/education' }] } })
  await payload.updateGlobal({ slug: 'site-settings', locale: 'es', data: { organization: { name: 'IOP Riverside' }, navigation: [{ label: 'Aprender', path: '/education' }] } })

  before = await curriculumState(payload)
  settingsBefore = await settingsState(payload)
  mediaBefore = await mediaState(payload)
  backupDir = mkdtempSync(path.join(tmpdir(), 'iop-backup-'))
  const { backupCurriculum } = await import('../../cms/bundle/backup')
  counts = await backupCurriculum(payload, backupDir)
  await source.stop()
  source = undefined

  // A second, empty installation: a fresh Payload on a fresh database.
  vi.resetModules()
  restored = await startPayload('backup-restored')
  documentsBeforeRestore = 0
  for (const collection of collections) documentsBeforeRestore += (await restored.payload.count({ collection })).totalDocs
  const { restoreCurriculum } = await import('../../cms/bundle/backup')
  await restoreCurriculum(restored.payload, backupDir)
}, 300_000)

afterAll(async () => {
  await source?.stop()
  await restored?.stop()
  if (backupDir) rmSync(backupDir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('backs up what is published and what is latest, drafts included', () => {
    expect(counts.latest).toBe(counts.published + 1)
    expect(before.statuses).toContain('family-modules:family-boundaries-second-edition:draft')
    expect(before.statuses).toContain('psychoeducation-modules:thinking-traps:draft')
    expect(before.latest.join('\n')).toContain('Thinking traps, and ways out of them')
    expect(before.published.join('\n')).not.toContain('Thinking traps, and ways out of them')
  })

  it('restores into an empty database that reads the same: published versions, latest versions, statuses', async () => {
    expect(documentsBeforeRestore).toBe(0)
    const after = await curriculumState(restored!.payload)
    expect(after.statuses).toEqual(before.statuses)
    expect(after.published).toEqual(before.published)
    expect(after.latest).toEqual(before.latest)
  })

  it('restores the media files with their alt text, and the site settings in every language', async () => {
    expect((mediaBefore as unknown[]).length).toBeGreaterThan(0)
    expect(await mediaState(restored!.payload)).toEqual(mediaBefore)
    const settings = await settingsState(restored!.payload)
    expect(settings).toEqual(settingsBefore)
    expect(JSON.stringify(settings)).toContain('Riverside Recovery IOP')
    expect(JSON.stringify(settings)).toContain('Aprender')
  })

  it('refuses a backup with a broken settings file before writing anything, naming the file', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'iop-backup-broken-'))
    try {
      cpSync(backupDir, broken, { recursive: true })
      writeFileSync(path.join(broken, 'site-settings.es.yaml'), 'organization: [unclosed\n')
      const before = await curriculumState(restored!.payload)
      const { restoreCurriculum } = await import('../../cms/bundle/backup')
      const error = await restoreCurriculum(restored!.payload, broken).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/site-settings\.es\.yaml: is not valid YAML/)
      expect(await curriculumState(restored!.payload)).toEqual(before)
      expect(await settingsState(restored!.payload)).toEqual(settingsBefore)
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  })

  it('restores drafts as drafts: the public still reads the published version', async () => {
    const { docs } = await restored!.payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'thinking-traps' } }, locale: 'en', overrideAccess: false, depth: 0 })
    expect(docs[0]?.title).toBe('Thinking traps and how to get out of them')
    const hidden = await restored!.payload.find({ collection: 'family-modules', where: { slug: { equals: 'family-boundaries-second-edition' } }, overrideAccess: false })
    expect(hidden.docs).toEqual([])
  })
})
