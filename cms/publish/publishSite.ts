import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { localeCodes } from '../../curriculum/locales'
import { projectRoot } from '../database/paths'
import { runAstroBuild } from './astroBuild'
import { checkBuild, htmlFiles } from './checkBuild'
import { copyMedia } from './copyMedia'
import { indexSearch } from './indexSearch'
import type { SiteSnapshot } from './siteSnapshot'
import { logProgress, PublishError, runStep, type PublishEvent, type StepReport } from './steps'
import { takeSnapshot } from './takeSnapshot'

export { PublishError } from './steps'
export type { PublishEvent, PublishStep } from './steps'

/** The folder the live site is served from: SITE_DIR, or dist/ in the project. */
export function liveSiteDir(): string {
  return path.resolve(process.env.SITE_DIR ?? path.join(projectRoot, 'dist'))
}

export interface PublishOptions {
  payload: Payload
  /** Where the live site is served from; replaced atomically. Defaults to SITE_DIR or <project>/dist. */
  outDir?: string
  /** The site's public address, for canonical links, the sitemap and feeds. Defaults to SITE_URL. */
  siteUrl?: string
  /** Progress of each step; defaults to lines on the console. */
  onEvent?: (event: PublishEvent) => void
  /** Astro's content cache for this site; defaults to one per output folder under node_modules/.astro. */
  cacheDir?: string
  /** For tests: runs between the build and the swap, on the built folder. */
  beforeSwap?: (builtDir: string) => void | Promise<void>
}

export interface PublishResult {
  outDir: string
  pages: number
  seconds: number
  steps: StepReport[]
}

/** Counts what the snapshot holds, and refuses a snapshot that would publish a page without help. */
function describeSnapshot(snapshot: SiteSnapshot): string {
  for (const [locale, content] of Object.entries(snapshot.byLocale)) {
    if ((content.settings.crisisResources ?? []).length === 0) {
      throw new Error(`Site settings have no crisis resources for "${locale}". Every public page shows them; add them in the CMS (Site settings) first.`)
    }
  }
  const first = Object.values(snapshot.byLocale)[0]
  const documents = first ? first.psychoeducation.length + first.family.length + first.holistic.length + first.articles.length + first.programs.length : 0
  return `${documents} documents in ${Object.keys(snapshot.byLocale).length} languages`
}

/** Only one publish at a time per site folder, across processes. */
function acquireLock(outDir: string): () => void {
  const lock = `${outDir}.lock`
  try {
    mkdirSync(lock)
  } catch {
    const holder = Number(existsSync(path.join(lock, 'pid')) ? readFileSync(path.join(lock, 'pid'), 'utf8') : NaN)
    let alive = false
    try {
      if (Number.isInteger(holder)) alive = process.kill(holder, 0)
    } catch {
      alive = false
    }
    if (alive) throw new Error(`Another publish (process ${holder}) is updating ${outDir}. Try again when it has finished.`)
    rmSync(lock, { recursive: true, force: true })
    mkdirSync(lock)
  }
  writeFileSync(path.join(lock, 'pid'), String(process.pid))
  return () => rmSync(lock, { recursive: true, force: true })
}

/** Puts `built` where `live` was, keeping the old site if the move fails. */
export function swapIntoPlace(built: string, live: string): void {
  const previous = `${live}.previous-${process.pid}-${Date.now()}`
  const hadLive = existsSync(live)
  if (hadLive) renameSync(live, previous)
  try {
    renameSync(built, live)
  } catch (error) {
    if (hadLive) renameSync(previous, live)
    throw error
  }
  if (hadLive) rmSync(previous, { recursive: true, force: true })
}

/**
 * Publishes the public site: a snapshot of published content (read as the anonymous public,
 * so drafts and session scripts never reach it), an Astro build from that snapshot, a Pagefind
 * index per language, a check of the result, and an atomic swap into `outDir`. A failure at
 * any step leaves the previous site in place and names the step.
 */
export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const outDir = path.resolve(options.outDir ?? liveSiteDir())
  const onEvent = options.onEvent ?? logProgress()
  const siteUrl = options.siteUrl ?? process.env.SITE_URL
  const started = performance.now()
  mkdirSync(path.dirname(outDir), { recursive: true })
  const release = acquireLock(outDir)
  const work = mkdtempSync(path.join(tmpdir(), 'iop-publish-'))
  // Built beside the live folder so the final rename stays on one file system.
  const staging = `${outDir}.staging-${process.pid}-${Date.now()}`
  const cacheDir = options.cacheDir ?? path.join(projectRoot, 'node_modules/.astro', `site-${createHash('sha256').update(outDir).digest('hex').slice(0, 12)}`)
  const steps: StepReport[] = []
  try {
    const snapshot = await runStep('snapshot', onEvent, async () => {
      const value = await takeSnapshot(options.payload)
      const detail = describeSnapshot(value)
      writeFileSync(path.join(work, 'snapshot.json'), JSON.stringify(value))
      return { value, detail }
    })
    steps.push(snapshot.report)

    const build = await runStep('build', onEvent, async () => {
      const value = await runAstroBuild({ snapshotFile: path.join(work, 'snapshot.json'), outDir: staging, cacheDir, ...(siteUrl ? { siteUrl } : {}) })
      const media = copyMedia(options.payload, snapshot.value.media, staging)
      return { value, detail: `${value.pages} pages, ${media} media ${media === 1 ? 'file' : 'files'}` }
    })
    steps.push(build.report)

    const index = await runStep('index', onEvent, async () => {
      const value = await indexSearch(staging)
      return { value, detail: `${value.pages} pages in ${value.languages.join(', ')}` }
    })
    steps.push(index.report)

    const check = await runStep('check', onEvent, async () => {
      await options.beforeSwap?.(staging)
      const problems = checkBuild(staging, localeCodes, index.value.languages)
      if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`)
      return { value: htmlFiles(staging).length, detail: 'all pages have help, language and no third parties' }
    })
    steps.push(check.report)

    const swap = await runStep('swap', onEvent, async () => {
      swapIntoPlace(staging, outDir)
      return { value: undefined, detail: path.relative(process.cwd(), outDir) || outDir }
    })
    steps.push(swap.report)

    return { outDir, pages: check.value, seconds: (performance.now() - started) / 1000, steps }
  } catch (error) {
    throw error instanceof PublishError ? error : new PublishError('swap', error)
  } finally {
    rmSync(staging, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
    release()
  }
}
