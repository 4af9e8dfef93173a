import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkBuild, loadsFromElsewhere } from '../../../cms/publish/checkBuild'
import { buildsDirOf, swapIntoPlace } from '../../../cms/publish/publishSite'
import type { AddressInfo } from 'node:net'
import { cacheControlFor, resolveRequest, serveSite } from '../../../cms/publish/serveSite'
import { logProgress, PublishError, runStep, type PublishEvent } from '../../../cms/publish/steps'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'publish-unit-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), text)
}
const page = (lang = 'en', extra = '') => `<!doctype html><html lang="${lang}" dir="ltr"><head>${extra}</head><body></body></html>`

describe('steps', () => {
  it('reports each step with its place, and names the failing one', async () => {
    const events: PublishEvent[] = []
    await runStep('build', (e) => events.push(e), async () => ({ value: 1, detail: '3 pages' }))
    expect(events.map((e) => [e.type, e.index, e.total])).toEqual([
      ['start', 2, 5],
      ['done', 2, 5],
    ])
    const failing = runStep('index', (e) => events.push(e), async () => {
      throw new Error('disk full')
    })
    await expect(failing).rejects.toBeInstanceOf(PublishError)
    await expect(failing).rejects.toMatchObject({ step: 'index', message: expect.stringMatching(/while indexing for search: disk full[\s\S]*previous site is still being served/) })
  })

  it('writes progress lines', () => {
    const lines: string[] = []
    const log = logProgress((line) => lines.push(line))
    log({ type: 'start', step: 'snapshot', index: 1, total: 5, label: 'Taking a snapshot of published content' })
    log({ type: 'done', step: 'snapshot', index: 1, total: 5, label: 'Taking a snapshot of published content', seconds: 0.42, detail: '61 documents' })
    expect(lines).toEqual(['[1/5] Taking a snapshot of published content…', '[1/5] Taking a snapshot of published content: done in 0.4 s (61 documents)'])
  })
})

describe('swapIntoPlace', () => {
  const live = () => path.join(dir, 'live')
  const build = (name: string, text: string) => {
    const built = path.join(buildsDirOf(live()), name)
    mkdirSync(built, { recursive: true })
    writeFileSync(path.join(built, 'index.html'), text)
    return built
  }

  it('makes the live folder a link to the new build, keeps the previous build and removes older ones', () => {
    swapIntoPlace(build('1', 'one'), live())
    expect(lstatSync(live()).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('one')
    swapIntoPlace(build('2', 'two'), live())
    mkdirSync(path.join(buildsDirOf(live()), 'left-by-a-killed-publish'))
    swapIntoPlace(build('3', 'three'), live())
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('three')
    expect(readdirSync(buildsDirOf(live())).sort()).toEqual(['2', '3'])
    expect(readdirSync(dir).sort()).toEqual(['live', 'live.builds'])
  })

  it('moves a build made elsewhere into the builds folder', () => {
    write('elsewhere/index.html', 'made elsewhere')
    swapIntoPlace(path.join(dir, 'elsewhere'), live())
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('made elsewhere')
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false)
  })

  it('takes over a live folder of the old layout (a plain folder)', () => {
    write('live/index.html', 'old layout')
    swapIntoPlace(build('new', 'new'), live())
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('new')
    expect(readdirSync(buildsDirOf(live())).some((name) => name.startsWith('before-links-'))).toBe(true)
  })

  it('keeps the previous site when the new one cannot be moved in', () => {
    swapIntoPlace(build('1', 'old'), live())
    expect(() => swapIntoPlace(path.join(dir, 'missing'), live())).toThrow()
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('old')
  })

  it('never leaves a moment without a site: a reader in another thread always finds a page', async () => {
    swapIntoPlace(build('0', 'site 0'), live())
    const reader = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads'); const { readFileSync } = require('node:fs');
       let reads = 0, misses = 0; const until = Date.now() + 60000;
       parentPort.on('message', () => { parentPort.postMessage({ reads, misses }); process.exit(0) });
       parentPort.postMessage('ready');
       (function loop() { for (let i = 0; i < 200; i++) { try { readFileSync(workerData); reads++ } catch { misses++ } } if (Date.now() < until) setImmediate(loop) })()`,
      { eval: true, workerData: path.join(live(), 'index.html') },
    )
    const messages: unknown[] = []
    const next = () => new Promise((resolve) => reader.once('message', resolve))
    messages.push(await next())
    // Builds are kept here: what is tested is the link, not the removal of builds a slow reader may still hold.
    for (let i = 1; i <= 300; i++) swapIntoPlace(build(String(i), `site ${i}`), live(), { prune: false })
    reader.postMessage('stop')
    const counts = (await next()) as { reads: number; misses: number }
    expect(messages).toEqual(['ready'])
    expect(counts.reads).toBeGreaterThan(0)
    expect(counts.misses).toBe(0)
    expect(readFileSync(path.join(live(), 'index.html'), 'utf8')).toBe('site 300')
  })
})

describe('checkBuild', () => {
  it('sees anything a page would load from another site', () => {
    expect(loadsFromElsewhere('<link rel="canonical" href="https://iop.example.org/en/"><link rel="alternate" hreflang="es" href="https://iop.example.org/es/"><a href="https://988lifeline.org">988</a>')).toBe(false)
    expect(loadsFromElsewhere('<link rel="stylesheet" href="https://fonts.googleapis.com/css">')).toBe(true)
    expect(loadsFromElsewhere('<link rel="preconnect" href="//cdn.example.com">')).toBe(true)
    expect(loadsFromElsewhere('<script async src="https://www.googletagmanager.com/gtag/js"></script>')).toBe(true)
    expect(loadsFromElsewhere('<img alt="" src="https://tracker.example/pixel.gif">')).toBe(true)
    expect(loadsFromElsewhere('<style>@import url("https://x.example/a.css")</style>')).toBe(true)
    expect(loadsFromElsewhere('<img alt="" src="/favicon.svg">')).toBe(false)
    expect(loadsFromElsewhere('<div style="background: url(//cdn.example.com/x.png)"></div>')).toBe(true)
    expect(loadsFromElsewhere('<img alt="" srcset="/a.png 1x, https://cdn.example.com/b.png 2x">')).toBe(true)
  })

  it('reads quoted attribute values and text as content, not as tags', () => {
    const quoted = `<meta name="description" content="<script src='https://evil.example/x.js'></script> <img src='https://evil.example/p.gif'>">`
    expect(loadsFromElsewhere(quoted)).toBe(false)
    expect(loadsFromElsewhere('<p>Write url(https://example.org) in your notes &lt;img src="https://x.example"&gt;</p>')).toBe(false)
    for (const file of ['index.html', '404.html', 'en/index.html', 'en/help/index.html', 'en/search/index.html']) write(file, page('en', file === 'en/index.html' ? quoted : ''))
    for (const file of ['sitemap-index.xml', 'pagefind/pagefind.js', 'en/rss.xml']) write(file, '')
    expect(checkBuild(dir, ['en'], ['en'])).toEqual([])
  })

  it('passes a complete site and names what is wrong with a broken one', () => {
    for (const file of ['index.html', '404.html', 'en/index.html', 'en/help/index.html', 'en/search/index.html', 'es/index.html', 'es/help/index.html', 'es/search/index.html']) write(file, page(file.startsWith('es') ? 'es' : 'en'))
    for (const file of ['sitemap-index.xml', 'pagefind/pagefind.js', 'en/rss.xml', 'es/rss.xml']) write(file, '')
    write('en/search/index.html', page('en', '<script type="module" src="/_astro/search.js"></script>'))
    expect(checkBuild(dir, ['en', 'es'], ['en', 'es'])).toEqual([])

    write('en/education/x/index.html', page('en', '<script>alert(1)</script>'))
    write('es/family/index.html', '<html><body></body></html>')
    rmSync(path.join(dir, 'es/rss.xml'))
    expect(checkBuild(dir, ['en', 'es'], ['en'])).toEqual([
      'es/rss.xml is missing',
      'search has no index for "es"',
      'en/education/x/index.html carries a script; only the search page may',
      'es/family/index.html does not declare its language and direction',
    ])
  })
})

describe('serving the site', () => {
  let site: string
  beforeEach(() => {
    for (const [file, text] of Object.entries({ 'index.html': 'root', '404.html': 'not found', 'es/index.html': 'inicio', 'es/404/index.html': 'no encontrada', 'es/help/index.html': 'ayuda' })) write(`site/${file}`, text)
    write('secret.txt', 'secret')
    site = path.join(dir, 'site')
  })

  it('sends a browser to its language from the root, or shows the language links', () => {
    expect(resolveRequest(site, '/', 'es-MX,es;q=0.9')).toEqual({ status: 302, location: '/es/' })
    expect(resolveRequest(site, '/', 'fr-FR')).toEqual({ status: 200, file: path.join(site, 'index.html') })
    expect(resolveRequest(site, '/', undefined)).toEqual({ status: 200, file: path.join(site, 'index.html') })
  })

  it('serves pages, adds the trailing slash, and answers misses in the section language', () => {
    expect(resolveRequest(site, '/es/help/', undefined)).toEqual({ status: 200, file: path.join(site, 'es/help/index.html') })
    expect(resolveRequest(site, '/es/help', undefined)).toEqual({ status: 302, location: '/es/help/' })
    expect(resolveRequest(site, '/es/nada/', undefined)).toEqual({ status: 404, file: path.join(site, 'es/404/index.html') })
    expect(resolveRequest(site, '/nothing', undefined)).toEqual({ status: 404, file: path.join(site, '404.html') })
  })

  it('never serves a file outside the site', () => {
    expect(resolveRequest(site, '/../secret.txt', undefined).file).not.toContain('secret')
    expect(resolveRequest(site, '/%2e%2e/secret.txt', undefined).status).toBe(404)
  })
})

describe('the site server over HTTP', () => {
  let site: string
  beforeEach(() => {
    for (const [file, text] of Object.entries({ 'index.html': 'root', '404.html': 'not found', 'en/index.html': 'home', 'en/help/index.html': 'help', '_astro/site.Ab12Cd34.css': 'body{}', 'pagefind/pagefind.js': 'js', 'pagefind/fragment/en_09ce286.pf_fragment': 'f' })) write(`site/${file}`, text)
    site = path.join(dir, 'site')
  })

  async function served<T>(use: (base: string) => Promise<T>): Promise<T> {
    const server = await serveSite(() => site, 0)
    try {
      return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  it('sends the security headers on pages, redirects, misses and assets', async () => {
    await served(async (base) => {
      for (const [url, status] of [['/en/', 200], ['/en/help', 302], ['/en/nothing/', 404], ['/_astro/site.Ab12Cd34.css', 200], ['/pagefind/pagefind.js', 200]] as const) {
        const response = await fetch(`${base}${url}`, { redirect: 'manual' })
        expect(response.status, url).toBe(status)
        const csp = response.headers.get('content-security-policy') ?? ''
        expect(csp, url).toContain("default-src 'self'")
        expect(csp, url).toContain("frame-ancestors 'none'")
        expect(csp, url).toContain("object-src 'none'")
        expect(response.headers.get('referrer-policy'), url).toBe('no-referrer')
        expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
        expect(response.headers.get('x-frame-options'), url).toBe('DENY')
      }
    })
  })

  it('lets browsers keep hashed assets for a year and revalidate pages, answering 304 when unchanged', async () => {
    expect(cacheControlFor(path.join(site, '_astro/site.Ab12Cd34.css'))).toBe('public, max-age=31536000, immutable')
    expect(cacheControlFor(path.join(site, 'pagefind/fragment/en_09ce286.pf_fragment'))).toBe('public, max-age=31536000, immutable')
    expect(cacheControlFor(path.join(site, 'pagefind/pagefind.en_468e96cf1b.pf_meta'))).toBe('public, max-age=31536000, immutable')
    expect(cacheControlFor(path.join(site, 'pagefind/pagefind.js'))).toBe('no-cache')
    expect(cacheControlFor(path.join(site, 'pagefind/pagefind-entry.json'))).toBe('no-cache')
    expect(cacheControlFor(path.join(site, 'en/index.html'))).toBe('no-cache')
    await served(async (base) => {
      const first = await fetch(`${base}/en/`)
      const etag = first.headers.get('etag')
      expect(etag).toBeTruthy()
      const again = await fetch(`${base}/en/`, { headers: { 'if-none-match': etag! } })
      expect(again.status).toBe(304)
      write('site/en/index.html', 'a new home page')
      const changed = await fetch(`${base}/en/`, { headers: { 'if-none-match': etag! } })
      expect(changed.status).toBe(200)
      expect(await changed.text()).toBe('a new home page')
    })
  })
})
