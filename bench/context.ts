import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { ImportSummary } from '../cms/bundle/importBundle'
import type { ProductionCms } from '../cms/cli/productionServer'
import type { PublishResult } from '../cms/publish/publishSite'
import { writeCorpus } from './corpus'
import type { Machine } from './machine'

export interface ImportedCorpus {
  dir: string
  modules: number
  files: number
  documents: number
  /** The import of the corpus into the empty database, timed. */
  seconds: number
  summary: ImportSummary
}

export interface PublishedSite {
  dir: string
  result: PublishResult
}

export interface RunningCms extends ProductionCms {
  admin: { email: string; password: string }
}

const benchSecret = 'benchmark-only-secret'
export const benchAdmin = { email: 'bench-admin@example.org', password: 'a-benchmark-passphrase-9', name: 'Bench Admin' }

/** Runs `make` once, however many measurements ask for its result. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

/**
 * What measurements share, each made the first time one asks for it: one embedded database in
 * a temporary folder, the corpus imported into it, the site published from it, and the
 * production CMS serving it. `--only publish` therefore still imports the corpus first (untimed
 * by any other figure), and a full run imports and publishes once.
 */
export class BenchContext {
  readonly work: string
  private readonly stops: (() => Promise<void> | void)[] = []

  constructor(
    readonly root: string,
    readonly modules: number,
    readonly machine: Machine,
    private readonly write: (line: string) => void = (line) => console.log(line),
  ) {
    this.work = mkdtempSync(path.join(tmpdir(), 'iop-bench-'))
    this.stops.push(() => rmSync(this.work, { recursive: true, force: true }))
    process.env.DATA_DIR = path.join(this.work, 'data')
    mkdirSync(process.env.DATA_DIR, { recursive: true })
    process.env.DATABASE_URI = `file:${path.join(process.env.DATA_DIR, 'iop.db')}`
    process.env.PAYLOAD_JOBS_AUTORUN = 'false'
    process.env.PAYLOAD_LOG_LEVEL ??= 'warn'
    process.env.PAYLOAD_SECRET = benchSecret
    delete process.env.SITE_REBUILD_ON_PUBLISH
  }

  /** A progress line, prefixed with the time since the run started. */
  log(line: string): void {
    this.write(`[${(process.uptime() / 60).toFixed(1).padStart(4)} min] ${line}`)
  }

  onStop(stop: () => Promise<void> | void): void {
    this.stops.unshift(stop)
  }

  async stop(): Promise<void> {
    for (const stop of this.stops) {
      try {
        await stop()
      } catch (error) {
        console.error(error)
      }
    }
  }

  readonly payload = once(async (): Promise<Payload> => {
    const { getPayload } = await import('payload')
    const config = (await import('../cms/payload.config')).default
    const payload = await getPayload({ config })
    this.onStop(() => payload.destroy())
    const { seedSiteSettings } = await import('../cms/seed/siteSettings')
    await seedSiteSettings(payload)
    return payload
  })

  /** The corpus written as a bundle and imported, published, into the empty database. */
  readonly corpus = once(async (): Promise<ImportedCorpus> => {
    const payload = await this.payload()
    const dir = path.join(this.work, 'corpus')
    this.log(`Writing the corpus: the shipped curricula and ${this.modules.toLocaleString('en')} synthetic modules in two languages…`)
    const files = writeCorpus(dir, this.modules, path.join(this.root, 'curriculum/content'), { onProgress: this.writeProgress })
    const { importBundle } = await import('../cms/bundle/importBundle')
    const { progressBar } = await import('../cms/cli/progressBar')
    this.log(`Importing ${files.toLocaleString('en')} files into the empty embedded database…`)
    const bar = progressBar('  Import')
    const started = performance.now()
    const summary = await importBundle(payload, dir, { publish: true, onProgress: bar.update })
    const seconds = (performance.now() - started) / 1000
    bar.stop()
    const documents = summary.created + summary.updated + summary.unchanged
    this.log(`  imported ${documents.toLocaleString('en')} documents in ${seconds.toFixed(1)} s`)
    return { dir, modules: this.modules, files, documents, seconds, summary }
  })

  private readonly writeProgress = (done: number, total: number) => {
    if (done === total || done % 1000 === 1) this.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} modules written`)
  }

  /**
   * Twice the corpus's synthetic modules in the database (10,000 at the default size), for the
   * admin list: a second bundle of new modules imported after everything that reads the corpus.
   */
  readonly doubledModules = once(async (): Promise<{ modules: number; seconds: number; documents: number }> => {
    const payload = await this.payload()
    await this.corpus()
    const dir = path.join(this.work, 'more-modules')
    this.log(`Writing ${this.modules.toLocaleString('en')} more synthetic modules…`)
    writeCorpus(dir, this.modules, path.join(this.root, 'curriculum/content'), { from: this.modules, onProgress: this.writeProgress })
    const { importBundle } = await import('../cms/bundle/importBundle')
    const { progressBar } = await import('../cms/cli/progressBar')
    this.log('Importing them into the database that holds the corpus…')
    const bar = progressBar('  Import')
    const started = performance.now()
    const summary = await importBundle(payload, dir, { publish: true, onProgress: bar.update })
    bar.stop()
    const seconds = (performance.now() - started) / 1000
    const { totalDocs } = await payload.count({ collection: 'psychoeducation-modules' })
    this.log(`  ${summary.created.toLocaleString('en')} created in ${seconds.toFixed(1)} s; ${totalDocs.toLocaleString('en')} modules in the database`)
    return { modules: totalDocs, seconds, documents: summary.created + summary.updated + summary.unchanged }
  })

  /** The public site published from the corpus, as `npm run publish` does it. */
  readonly site = once(async (): Promise<PublishedSite> => {
    const payload = await this.payload()
    await this.corpus()
    const { publishSite } = await import('../cms/publish/publishSite')
    const { logProgress } = await import('../cms/publish/steps')
    const dir = path.join(this.work, 'site', 'live')
    this.log('Publishing the site from the corpus (snapshot, Astro build, Pagefind, check, swap)…')
    const result = await publishSite({ payload, outDir: dir, cacheDir: path.join(this.work, 'site', 'astro-cache'), onEvent: logProgress((line) => this.log(`  ${line}`)) })
    return { dir, result }
  })

  /** The production CMS (Next.js build) serving the benchmark database, with an admin account. */
  readonly cms = once(async (): Promise<RunningCms> => {
    const payload = await this.payload()
    await this.corpus()
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: benchAdmin.email } }, limit: 1 })
    if (docs.length === 0) await payload.create({ collection: 'users', data: { ...benchAdmin, role: 'admin' } })
    const { startProductionCms } = await import('../cms/cli/productionServer')
    this.log('Starting the production CMS server (building the admin first if the code changed)…')
    const server = await startProductionCms({ ...process.env, NODE_ENV: 'production', INSECURE_COOKIES: 'true', PAYLOAD_LOG_LEVEL: 'error' }, { output: 'inherit' })
    this.onStop(() => server.stop())
    this.log(`  serving at ${server.url}`)
    return { ...server, admin: { email: benchAdmin.email, password: benchAdmin.password } }
  })
}
