import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { localeCodes } from '../../curriculum/locales'
import { negotiateLocale } from '../../site/lib/negotiateLocale'

export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Nothing on a patient page may come from anywhere but this origin, and nothing tells another site what was read. */
export const publicSiteHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
}

/**
 * How long a browser may keep a file. Files whose names carry a content hash (Astro's `_astro/`
 * assets, Pagefind's index chunks, fragments and metadata) never change, so they are kept for a
 * year; everything else (pages, Pagefind's entry files) is checked with the server on every use
 * (a quick 304 when unchanged), so a reader sees a new publish at once.
 */
export function cacheControlFor(file: string): string {
  const name = file.split(path.sep).join('/')
  const hashed = /\/_astro\/[^/]+$/.test(name) || /\/pagefind\/(?:fragment|index|filter)\/[^/]+_[0-9a-f]{6,}\.pf_\w+$/.test(name) || /\/pagefind\/pagefind\.[^/]+_[0-9a-f]{6,}\.pf_meta$/.test(name)
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** Where a request goes: a file, a redirect to the reader's language, or the right "not found" page. */
export function resolveRequest(root: string, url: string, acceptLanguage: string | undefined): { status: 200 | 302 | 404; file?: string; location?: string } {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  if (pathname === '/' && acceptLanguage) {
    const locale = negotiateLocale(acceptLanguage, localeCodes, '')
    if (locale) return { status: 302, location: `/${locale}/` }
  }
  const base = path.resolve(root)
  let file = path.resolve(base, `.${pathname}`)
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 404, file: path.join(base, '404.html') }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 302, location: `${pathname}/` }
    file = path.join(file, 'index.html')
  }
  if (existsSync(file) && statSync(file).isFile()) return { status: 200, file }
  const locale = pathname.split('/')[1] ?? ''
  const localized = path.join(base, locale, '404', 'index.html')
  const notFound = localeCodes.includes(locale as (typeof localeCodes)[number]) && existsSync(localized) ? localized : path.join(base, '404.html')
  return { status: 404, file: notFound }
}

/** The build a live folder links to (publishSite swaps that link atomically), or the folder itself. */
function currentRoot(live: string): string {
  try {
    return realpathSync(live)
  } catch {
    return live
  }
}

/**
 * Serves the published site from `root()` with the site's security headers. The link `root()`
 * names is resolved once per request, so each request is answered from one build and the first
 * request after a publish's atomic swap from the new one. The root address sends a browser to
 * its language when Accept-Language names one of ours, and otherwise shows the plain page of
 * language links; a missing page gets "not found" in its section's language.
 */
export function serveSite(root: () => string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const target = resolveRequest(currentRoot(root()), request.url ?? '/', request.headers['accept-language'])
    if (target.status === 302 && target.location) {
      response.writeHead(302, { ...publicSiteHeaders, Location: target.location, Vary: 'Accept-Language' }).end()
      return
    }
    if (!target.file || !existsSync(target.file)) {
      response.writeHead(404, { ...publicSiteHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const stat = statSync(target.file)
    const headers: Record<string, string> = {
      ...publicSiteHeaders,
      'Content-Type': contentTypes[path.extname(target.file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(target.file),
      ETag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`,
      'Last-Modified': stat.mtime.toUTCString(),
    }
    if (request.url === '/' || request.url?.startsWith('/?')) headers.Vary = 'Accept-Language'
    if (target.status === 200 && request.headers['if-none-match'] === headers.ETag) {
      response.writeHead(304, headers).end()
      return
    }
    response.writeHead(target.status, headers)
    if (request.method === 'HEAD') response.end()
    else createReadStream(target.file).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
