import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { localeCodes } from '../../curriculum/locales'
import { projectRoot } from '../database/paths'
import { runAstroBuild } from './astroBuild'
import { checkPages, checkSiteFiles } from './checkBuild'
import { copyMedia } from './copyMedia'
import { indexSearch } from './indexSearch'
import type { SiteSnapshot } from '../../site/lib/siteSnapshot'
import { logProgress, PublishError, runStep, type PublishEvent, type StepReport } from './steps'
import { takeSnapshot } from './takeSnapshot'

export { PublishError } from './steps'
export type { PublishEvent, PublishStep } from './steps'

/** Where the live site is served from: SITE_DIR, or dist/ in the project (a link to the current build). */
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
  /** Astro's content cache for this site; defaults to SITE_CACHE_DIR, else one per output folder under node_modules/.astro. */
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

/** Where the builds of a live folder are kept: beside it, so every rename stays on one file system. */
export function buildsDirOf(live: string): string {
  return `${live}.builds`
}

/** A new, empty place for a build of `live`, in its builds folder. */
export function newBuildDir(live: string): string {
  const builds = buildsDirOf(live)
  mkdirSync(builds, { recursive: true })
  return path.join(builds, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`)
}

/** The build folder `live` points at now, if it is a link to one. */
function currentBuild(live: string): string | undefined {
  try {
    return lstatSync(live).isSymbolicLink() ? path.resolve(path.dirname(live), readlinkSync(live)) : undefined
  } catch {
    return undefined
  }
}

/**
 * Makes `built` the live site in one atomic step. `live` is a symbolic link to the current build
 * in `<live>.builds/`; a new link to the new build is renamed over it, which the operating system
 * does atomically, so a reader (serveSite resolves the link once per request) sees the old site
 * or the new one and never a moment without either. The previous build stays, for requests still
 * reading it; older ones, and builds a killed publish left behind, are removed (unless `prune`
 * is false). A live folder of
 * the old layout (a plain folder) is moved into the builds folder first.
 */
export function swapIntoPlace(built: string, live: string, options: { prune?: boolean } = {}): void {
  const builds = buildsDirOf(live)
  mkdirSync(builds, { recursive: true })
  let target = path.resolve(built)
  if (path.dirname(target) !== path.resolve(builds)) {
    const moved = path.join(builds, path.basename(target))
    renameSync(target, moved)
    target = moved
  }
  let previous = currentBuild(live)
  if (!previous && existsSync(live)) {
    // The old layout: the live site is a plain folder. Moving it aside is the one non-atomic step, once.
    previous = path.join(builds, `before-links-${Date.now()}`)
    renameSync(live, previous)
  }
  const link = `${live}.next-${process.pid}`
  rmSync(link, { force: true })
  symlinkSync(path.relative(path.dirname(live), target), link, 'dir')
  renameSync(link, live)
  if (options.prune === false) return
  const keep = new Set([target, previous].filter((dir): dir is string => Boolean(dir)).map((dir) => path.basename(dir)))
  for (const entry of readdirSync(builds)) if (!keep.has(entry)) rmSync(path.join(builds, entry), { recursive: true, force: true })
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
  // Built in the live folder's builds folder, so the swap is a rename on one file system.
  const staging = newBuildDir(outDir)
  let swapped = false
  const cacheDir = options.cacheDir ?? process.env.SITE_CACHE_DIR ?? path.join(projectRoot, 'node_modules/.astro', `site-${createHash('sha256').update(outDir).digest('hex').slice(0, 12)}`)
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

    // Pagefind indexes in a process of its own; the pages are checked meanwhile, on the other core.
    const pagesChecked = checkPages(staging)
    pagesChecked.catch(() => undefined)
    const index = await runStep('index', onEvent, async () => {
      const value = await indexSearch(staging)
      return { value, detail: `${value.pages} pages in ${value.languages.join(', ')}` }
    })
    steps.push(index.report)

    const check = await runStep('check', onEvent, async () => {
      await options.beforeSwap?.(staging)
      const pages = await pagesChecked
      const problems = [...checkSiteFiles(staging, localeCodes, index.value.languages), ...pages.problems]
      if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`)
      return { value: pages.pages, detail: 'all pages have help, language and no third parties (checked while indexing)' }
    })
    steps.push(check.report)

    const swap = await runStep('swap', onEvent, async () => {
      swapIntoPlace(staging, outDir)
      swapped = true
      return { value: undefined, detail: path.relative(process.cwd(), outDir) || outDir }
    })
    steps.push(swap.report)

    return { outDir, pages: check.value, seconds: (performance.now() - started) / 1000, steps }
  } catch (error) {
    throw error instanceof PublishError ? error : new PublishError('swap', error)
  } finally {
    if (!swapped) rmSync(staging, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
    release()
  }
}
