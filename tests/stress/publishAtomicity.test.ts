import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildsDirOf, publishSite } from '../../cms/publish/publishSite'
import { serveSite } from '../../cms/publish/serveSite'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { childProcessesOf, isAlive, waitUntil } from '../support/processes'

/**
 * A publish that dies midway (its Astro build killed, or the publishing process itself killed)
 * leaves the previous site intact and serving; the next publish cleans up after it and swaps
 * the new site in while the site keeps answering every request.
 */

const root = path.resolve(import.meta.dirname, '../..')
const articleSlug = 'what-is-iop'
const pagePath = `/en/articles/${articleSlug}/`

let harness: TestPayload
let payload: Payload
let work: string
let outDir: string
let cacheDir: string
let server: Server
let base: string
const started: ChildProcess[] = []

async function setArticleTitle(title: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: articleSlug } }, limit: 1, depth: 0 })
  await payload.update({ collection: 'articles', id: docs[0]!.id, locale: 'en', data: { title, _status: 'published' } })
}

async function servedTitle(): Promise<{ status: number; title: string | undefined }> {
  const response = await fetch(`${base}${pagePath}`)
  const html = await response.text()
  return { status: response.status, title: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] }
}

/** `npm run publish -- --out <outDir>` in a process of its own, on the test's database. */
function publishInChild(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cms/cli/publish.ts'), '--out', outDir], {
    cwd: root,
    env: { ...(Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))) as NodeJS.ProcessEnv), SITE_CACHE_DIR: cacheDir, PAYLOAD_LOG_LEVEL: 'fatal', NODE_OPTIONS: '' },
    stdio: 'ignore',
  })
  started.push(child)
  return child
}

/** Waits until the child's Astro build is running and has begun writing the new build. */
async function whenBuildIsUnderway(child: ChildProcess): Promise<number> {
  const builds = buildsDirOf(outDir)
  const before = new Set(readdirSync(builds))
  return waitUntil(
    'the Astro build to start writing',
    () => {
      const astro = childProcessesOf(child.pid!).find((p) => p.command.includes('astro'))
      const fresh = readdirSync(builds).filter((name) => !before.has(name))
      const writing = fresh.some((name) => existsSync(path.join(builds, name)) && readdirSync(path.join(builds, name)).length > 0)
      return astro && writing ? astro.pid : undefined
    },
    120_000,
    50,
  )
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))))

beforeAll(async () => {
  harness = await startPayload('publish-atomicity')
  payload = harness.payload
  const { importBundle } = await import('../../cms/bundle/importBundle')
  const { seedSiteSettings } = await import('../../cms/seed/siteSettings')
  await importBundle(payload, path.join(root, 'curriculum/content'), { publish: true })
  await seedSiteSettings(payload)
  work = mkdtempSync(path.join(tmpdir(), 'iop-atomic-'))
  outDir = path.join(work, 'site')
  cacheDir = path.join(work, 'cache')
  await setArticleTitle('Version one of this article')
  await publishSite({ payload, outDir, cacheDir, onEvent: () => {} })
  server = await serveSite(() => outDir, 0)
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await setArticleTitle('Version two of this article')
}, 300_000)

afterAll(async () => {
  for (const child of started) {
    for (const grandchild of child.pid ? childProcessesOf(child.pid) : []) if (isAlive(grandchild.pid)) process.kill(grandchild.pid, 'SIGKILL')
    if (child.pid && isAlive(child.pid)) child.kill('SIGKILL')
  }
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await harness?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('publishing is atomic', () => {
  it('serves version one to begin with', async () => {
    expect(await servedTitle()).toEqual({ status: 200, title: 'Version one of this article' })
  })

  it('keeps the previous site serving when the Astro build is killed midway', async () => {
    const child = publishInChild()
    const astro = await whenBuildIsUnderway(child)
    process.kill(astro, 'SIGKILL')
    expect(await exited(child)).not.toBe(0)
    expect(await servedTitle()).toEqual({ status: 200, title: 'Version one of this article' })
  }, 180_000)

  it('keeps the previous site serving when the publishing process itself is killed midway', async () => {
    const child = publishInChild()
    const astro = await whenBuildIsUnderway(child)
    child.kill('SIGKILL')
    await exited(child)
    // The orphaned build may run on; whatever it writes, nothing swaps it in.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(await servedTitle()).toEqual({ status: 200, title: 'Version one of this article' })
    if (isAlive(astro)) process.kill(astro, 'SIGKILL')
    expect(existsSync(`${outDir}.lock`)).toBe(true) // left by the killed process
  }, 180_000)

  it('publishes again after the crashes, swapping the new site in while every request is answered', async () => {
    const answers: { status: number; title: string | undefined }[] = []
    let publishing = true
    const watcher = (async () => {
      while (publishing) {
        answers.push(await servedTitle())
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    try {
      await publishSite({ payload, outDir, cacheDir, onEvent: () => {} })
    } finally {
      publishing = false
      await watcher
    }
    answers.push(await servedTitle())
    expect(answers.length).toBeGreaterThan(50)
    expect(answers.filter((a) => a.status !== 200)).toEqual([])
    expect(new Set(answers.map((a) => a.title))).toEqual(new Set(['Version one of this article', 'Version two of this article']))
    expect(answers.at(-1)).toEqual({ status: 200, title: 'Version two of this article' })
    // The killed publishes' leftovers are gone: the stale lock, and every build but the live one and the one before it.
    expect(existsSync(`${outDir}.lock`)).toBe(false)
    expect(readdirSync(buildsDirOf(outDir))).toHaveLength(2)
  }, 300_000)
})
