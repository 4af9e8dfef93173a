/**
 * The CMS in production: Next.js serving the admin, the facilitator workspace and the REST API,
 * with one way around it. A repeated anonymous read of published content, which the API route
 * already keeps in memory for a few seconds, is answered here before Next.js routes it: the same
 * bytes and headers, at a fraction of the cost (the benchmark's REST figures show both).
 *
 *   node cms/server/serveCms.ts --port 3000 [--hostname 127.0.0.1]
 *
 * Node runs this file as it is (type stripping), so it imports with .ts extensions and uses
 * only types that erase.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import next from 'next'
import { servePublicReadFromMemory } from '../rest/publicReadCache.ts'

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, hostname: { type: 'string' } } })
const port = Number(values.port)
const cmsDir = path.resolve(import.meta.dirname, '..')

const app = next({ dev: false, dir: cmsDir, port, ...(values.hostname ? { hostname: values.hostname } : {}) })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((message, response) => {
  if (servePublicReadFromMemory(message, response)) return
  void handle(message, response)
})
server.listen(port, values.hostname, () => console.log(`CMS ready on http://${values.hostname ?? 'localhost'}:${port}`))

const stop = () => {
  server.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
