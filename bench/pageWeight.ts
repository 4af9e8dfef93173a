import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { htmlFiles } from '../cms/publish/checkBuild'
import type { Measurement } from './measurement'

const typicalModule = 'en/education/understanding-anxiety/index.html'
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length

/** Bytes of every script a page runs: inline scripts and the files its script tags load. */
function scriptBytes(site: string, html: string): number {
  let bytes = 0
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(match[1] ?? '')?.[1]
    bytes += src ? readFileSync(path.join(site, new URL(src, 'http://site/').pathname)).length : Buffer.byteLength(match[2] ?? '')
  }
  return bytes
}

function stylesheets(site: string, html: string): number {
  let bytes = 0
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\srel="stylesheet"/i.test(tag)) continue
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1]
    if (href) bytes += gzipped(readFileSync(path.join(site, new URL(href, 'http://site/').pathname)))
  }
  return bytes
}

/** Page weight on the published corpus: a typical module page, every module page, and scripts on content pages. */
export const pageWeight: Measurement = {
  name: 'page-weight',
  describe: 'gzipped HTML and CSS of a module page; JavaScript bytes on content pages',
  run: async (bench) => {
    const site = (await bench.site()).dir
    const typical = readFileSync(path.join(site, typicalModule), 'utf8')
    const typicalHtml = gzipped(typical)
    const typicalCss = stylesheets(site, typical)

    const modulePages: number[] = []
    let contentPages = 0
    let contentScriptBytes = 0
    let searchScriptBytes = 0
    for (const file of htmlFiles(site)) {
      const html = readFileSync(path.join(site, file), 'utf8')
      if (/(^|\/)search\/index\.html$/.test(file)) {
        searchScriptBytes = Math.max(searchScriptBytes, scriptBytes(site, html))
        continue
      }
      contentPages++
      contentScriptBytes += scriptBytes(site, html)
      if (/^[a-z]{2}\/education\/[^/]+\/index\.html$/.test(file) && !file.includes('/about/')) modulePages.push(gzipped(html))
    }
    modulePages.sort((a, b) => a - b)
    const median = modulePages[Math.floor(modulePages.length / 2)] ?? 0
    const largest = modulePages[modulePages.length - 1] ?? 0
    return [
      {
        name: 'page-weight',
        title: `Page weight of a typical module page (${typicalModule.replace(/index\.html$/, '')}), gzipped`,
        result: `HTML ${kib(typicalHtml)}, CSS ${kib(typicalCss)}`,
        target: 'HTML ≤ 20 KiB, CSS ≤ 10 KiB (the e2e budget)',
        met: typicalHtml <= 20 * 1024 && typicalCss <= 10 * 1024,
        data: { page: typicalModule, htmlGzipBytes: typicalHtml, cssGzipBytes: typicalCss, modulePages: modulePages.length, medianModuleHtmlGzipBytes: median, largestModuleHtmlGzipBytes: largest },
      },
      {
        name: 'page-weight',
        title: `JavaScript on ${contentPages.toLocaleString('en')} content pages (every page but search)`,
        result: `${contentScriptBytes} bytes (search page: ${kib(searchScriptBytes)} of its own script)`,
        target: '0 bytes',
        met: contentScriptBytes === 0,
        data: { contentPages, contentScriptBytes, searchPageScriptBytes: searchScriptBytes },
      },
    ]
  },
}
