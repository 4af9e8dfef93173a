import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const types: Record<string, string> = {
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
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Nothing on a patient page may come from anywhere but this origin. */
export const siteSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
}

/**
 * Serves a built static site from `root`, resolving it on every request so an atomic swap of
 * the folder is picked up at once. Never serves a file outside `root`.
 */
export function serveStatic(root: () => string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const base = path.resolve(root())
    const url = new URL(request.url ?? '/', 'http://localhost')
    let file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`)
    if (!file.startsWith(base)) {
      response.writeHead(400).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    const found = existsSync(file) && statSync(file).isFile()
    const target = found ? file : path.join(base, '404.html')
    const status = found ? 200 : 404
    if (!existsSync(target)) {
      response.writeHead(status, siteSecurityHeaders).end('Not found')
      return
    }
    response.writeHead(status, { ...siteSecurityHeaders, 'Content-Type': types[path.extname(target)] ?? 'application/octet-stream' })
    createReadStream(target).pipe(response)
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}
