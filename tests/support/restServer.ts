import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [key, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value !== undefined) headers.set(key, value)
  }
  return new Request(new URL(message.url ?? '/', origin), { method: message.method, headers, body: body && message.method !== 'GET' && message.method !== 'HEAD' ? body : undefined })
}

/**
 * A real HTTP server in front of Payload's REST route handlers (the same ones, with the same
 * public read cache, that the Next.js app mounts at /api), so REST tests go over the network with cookies and headers, without paying
 * for a Next.js production build.
 */
export async function startRestServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const { cachePublicReads } = await import('../../cms/rest/publicReadCache')
  const handlers: Record<string, RouteHandler> = {
    // As cms/app/(payload)/api/[...slug]/route.ts mounts it.
    GET: cachePublicReads(routes.REST_GET(config) as RouteHandler),
    POST: routes.REST_POST(config) as RouteHandler,
    PATCH: routes.REST_PATCH(config) as RouteHandler,
    PUT: routes.REST_PUT(config) as RouteHandler,
    DELETE: routes.REST_DELETE(config) as RouteHandler,
    OPTIONS: routes.REST_OPTIONS(config) as RouteHandler,
  }
  let origin = ''
  const server: Server = createServer((message, response) => {
    void (async () => {
      try {
        const url = new URL(message.url ?? '/', origin)
        const handler = handlers[message.method ?? 'GET']
        if (!url.pathname.startsWith('/api/') || !handler) {
          response.writeHead(404).end()
          return
        }
        const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
        const result = await handler(await toRequest(message, origin), { params: Promise.resolve({ slug }) })
        const headers: Record<string, string[]> = {}
        result.headers.forEach((value, key) => {
          ;(headers[key] ??= []).push(value)
        })
        const setCookie = result.headers.getSetCookie()
        if (setCookie.length > 0) headers['set-cookie'] = setCookie
        response.writeHead(result.status, headers)
        response.end(Buffer.from(await result.arrayBuffer()))
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : 'error')
      }
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
