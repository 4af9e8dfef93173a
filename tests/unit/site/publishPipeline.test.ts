import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkBuild, loadsFromElsewhere } from '../../../cms/publish/checkBuild'
import { swapIntoPlace } from '../../../cms/publish/publishSite'
import { resolveRequest } from '../../../cms/publish/serveSite'
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
  it('puts the first build in place, then replaces the live folder with each new build', () => {
    write('first/index.html', 'old')
    swapIntoPlace(path.join(dir, 'first'), path.join(dir, 'live'))
    expect(readFileSync(path.join(dir, 'live/index.html'), 'utf8')).toBe('old')
    write('next/index.html', 'new')
    swapIntoPlace(path.join(dir, 'next'), path.join(dir, 'live'))
    expect(readFileSync(path.join(dir, 'live/index.html'), 'utf8')).toBe('new')
    expect(existsSync(path.join(dir, 'next'))).toBe(false)
    expect(readdirSync(dir)).toEqual(['live'])
  })

  it('keeps the previous site when the new one cannot be moved in', () => {
    write('live/index.html', 'old')
    expect(() => swapIntoPlace(path.join(dir, 'missing'), path.join(dir, 'live'))).toThrow()
    expect(readFileSync(path.join(dir, 'live/index.html'), 'utf8')).toBe('old')
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
