import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { dataDir } from '../database/paths'
import { runAstroBuild } from '../publish/astroBuild'
import { copyMedia } from '../publish/copyMedia'
import { takeSnapshot } from '../publish/takeSnapshot'
import { previewPagePath } from './previewPages'

/** Previews are kept this long, then removed: they hold unpublished text. */
const previewLifetimeMs = 60 * 60 * 1000

export const previewRoute = '/preview/pages'

export interface PreviewTarget {
  collection: CollectionSlug
  id: number | string
  locale: string
  user: NonNullable<PayloadRequest['user']>
}

interface PreviewRecord {
  /** Which draft, as it was when built: a newer save builds a new preview. */
  key: string
  page: string
  builtAt: string
}

export function previewsDir(): string {
  return path.join(dataDir(), 'previews')
}

/** The folder of one preview, or undefined for anything that is not a preview token. */
export function previewFolder(token: string): string | undefined {
  if (!/^[a-f0-9]{32}$/.test(token)) return undefined
  const folder = path.join(previewsDir(), token)
  return existsSync(path.join(folder, 'preview.json')) ? folder : undefined
}

function removeExpired(now: number): void {
  if (!existsSync(previewsDir())) return
  for (const entry of readdirSync(previewsDir(), { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const folder = path.join(previewsDir(), entry.name)
    if (now - statSync(folder).mtimeMs > previewLifetimeMs) rmSync(folder, { recursive: true, force: true })
  }
}

function findBuilt(key: string): { token: string; record: PreviewRecord } | undefined {
  if (!existsSync(previewsDir())) return undefined
  for (const entry of readdirSync(previewsDir(), { withFileTypes: true })) {
    const file = path.join(previewsDir(), entry.name, 'preview.json')
    if (!entry.isDirectory() || !existsSync(file)) continue
    const record = JSON.parse(readFileSync(file, 'utf8')) as PreviewRecord
    if (record.key === key) return { token: entry.name, record }
  }
  return undefined
}

// One preview build at a time: they share Astro's content cache and two cores.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Builds the whole site as it would look with this draft published (the same templates, styles
 * and published content, read for the editor), under a random address of the CMS, and returns
 * the address of the draft's page. Nothing of it goes near the public site.
 */
export function buildPreview(payload: Payload, target: PreviewTarget): Promise<string> {
  const run = queue.then(() => build(payload, target))
  queue = run.catch(() => undefined)
  return run
}

async function build(payload: Payload, target: PreviewTarget): Promise<string> {
  const draft = await payload.findByID({ collection: target.collection, id: target.id, draft: true, depth: 0, overrideAccess: false, user: target.user })
  const { slug, updatedAt } = draft as unknown as { slug: string; updatedAt: string }
  const page = previewPagePath(target.collection, slug, target.locale)
  const key = `${target.collection}/${target.id}@${updatedAt}`
  const now = Date.now()
  removeExpired(now)
  const built = findBuilt(key)
  if (built) return `${previewRoute}/${built.token}/${page}`

  const token = randomBytes(16).toString('hex')
  const folder = path.join(previewsDir(), token)
  const site = path.join(folder, 'site')
  mkdirSync(folder, { recursive: true })
  try {
    const snapshot = await takeSnapshot(payload, { draft: { collection: target.collection, id: target.id, user: target.user } })
    const snapshotFile = path.join(folder, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(snapshot))
    await runAstroBuild({
      snapshotFile,
      outDir: site,
      cacheDir: path.join(previewsDir(), '.astro-cache'),
      env: { SITE_BASE: `${previewRoute}/${token}/`, SITE_PREVIEW: 'true' },
    })
    copyMedia(payload, snapshot.media, site)
    rmSync(snapshotFile)
    const record: PreviewRecord = { key, page, builtAt: new Date(now).toISOString() }
    writeFileSync(path.join(folder, 'preview.json'), JSON.stringify(record))
    return `${previewRoute}/${token}/${page}`
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    throw error
  }
}
