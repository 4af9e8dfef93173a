import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

interface Entry {
  generation: number
  expires: number
  status: number
  headers: [string, string][]
  body: ArrayBuffer
  /** The headers the server sent with it (its security headers among them), once it has. */
  sent?: OutgoingHttpHeaders
  /** The body compressed, made at the first read that accepts gzip. */
  gzipped?: Buffer
}

/** What the public may read over REST, and so what may be answered from memory. */
const publicPaths = /^\/api\/(?:conditions|psychoeducation-modules|family-modules|holistic-exercises|articles|programs|globals\/site-settings)(?:\/|$)/

// Shared by every bundle the server loads (the route and the hooks may be bundled apart).
const state = ((globalThis as { [key: symbol]: unknown })[Symbol.for('iop.publicReadCache')] ??= { generation: 0, entries: new Map<string, Entry>() }) as {
  generation: number
  entries: Map<string, Entry>
}

/** Forgets every remembered answer: called when anything the public can see may have changed. */
export function forgetPublicReads(): void {
  state.generation++
  state.entries.clear()
}

export const forgetPublicReadsAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetPublicReads()
  return doc
}

export const forgetPublicReadsAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetPublicReads()
  return doc
}

export const forgetPublicReadsAfterSettingsChange: GlobalAfterChangeHook = ({ doc }) => {
  forgetPublicReads()
  return doc
}

/**
 * The key of a read by the anonymous public (no credentials of any kind, so the answer is the
 * same for everyone), or undefined for any other request.
 */
function publicReadKey(method: string | undefined, url: URL, header: (name: string) => string | null | undefined): string | undefined {
  if (method !== 'GET' || !publicPaths.test(url.pathname)) return undefined
  if (header('authorization')) return undefined
  if (/(?:^|;\s*)payload-/.test(header('cookie') ?? '')) return undefined
  // The language picks the locale; the origin, once CORS is configured, the allowed-origin header.
  return `${url.pathname}${url.search}\n${header('accept-language') ?? ''}\n${header('origin') ?? ''}`
}

export interface PublicReadCacheOptions {
  /** How long an answer is kept when nothing in this process changed it; 0 turns the cache off. */
  seconds?: number
  maxEntries?: number
}

/**
 * Answers the public's REST reads of published content from memory for a few seconds.
 *
 * Only anonymous GETs of the public collections and site settings are kept, so an answer only
 * ever holds what any visitor may read; anything with credentials goes straight to Payload. Every
 * save or delete in this process forgets all answers at once (the collections' afterChange and
 * afterDelete hooks); a change made by another process (a command-line import) shows within
 * `seconds` (PUBLIC_API_CACHE_SECONDS, default 10). Answers carry `X-Public-Cache: hit|miss`.
 */
export function cachePublicReads(handler: RouteHandler, options: PublicReadCacheOptions = {}): RouteHandler {
  const seconds = options.seconds ?? Number(process.env.PUBLIC_API_CACHE_SECONDS ?? 10)
  const maxEntries = options.maxEntries ?? 5_000
  if (!(seconds > 0)) return handler
  return async (request, context) => {
    const key = publicReadKey(request.method, new URL(request.url), (name) => request.headers.get(name))
    if (key === undefined) return handler(request, context)
    const now = Date.now()
    const hit = state.entries.get(key)
    if (hit && hit.generation === state.generation && hit.expires > now) {
      return new Response(hit.body.slice(0), { status: hit.status, headers: [...hit.headers, ['x-public-cache', 'hit']] })
    }
    const generation = state.generation
    const response = await handler(request, context)
    if (response.status !== 200) return response
    const body = await response.arrayBuffer()
    const headers = [...response.headers.entries()].filter(([name]) => name !== 'set-cookie')
    // An answer computed while something changed is not kept: it may already be out of date.
    if (generation === state.generation) {
      if (state.entries.size >= maxEntries) state.entries.clear()
      state.entries.set(key, { generation, expires: now + seconds * 1000, status: response.status, headers, body })
    }
    return new Response(body.slice(0), { status: response.status, headers: [...headers, ['x-public-cache', 'miss']] })
  }
}

// Belong to one response and its connection, not to the answer kept.
const unkeptHeaders = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'set-cookie', 'x-public-cache'])

/**
 * The production server's way past Next.js for the public's repeated reads: answers `message`
 * from memory when the route handler above kept its answer and Next.js has sent it once (so
 * every header it adds, security headers included, is known): the same body and headers,
 * gzipped when the reader accepts it. Otherwise returns false, and notes the headers Next.js
 * sends with the answer kept.
 */
export function servePublicReadFromMemory(message: IncomingMessage, response: ServerResponse): boolean {
  const header = (name: string) => {
    const value = message.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  const key = publicReadKey(message.method, new URL(message.url ?? '/', 'http://localhost'), header)
  if (key === undefined) return false
  const hit = state.entries.get(key)
  if (hit?.sent && hit.generation === state.generation && hit.expires > Date.now()) {
    const body = /\bgzip\b/.test(header('accept-encoding') ?? '') ? (hit.gzipped ??= gzipSync(hit.body)) : Buffer.from(hit.body)
    response.writeHead(hit.status, { ...hit.sent, ...(body === hit.gzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.byteLength, 'x-public-cache': 'hit' })
    response.end(body)
    return true
  }
  response.once('finish', () => {
    const kept = state.entries.get(key)
    if (!kept || kept.sent || response.statusCode !== kept.status) return
    const sent: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(response.getHeaders())) if (value !== undefined && !unkeptHeaders.has(name)) sent[name] = value
    // Only a complete set is served: without its content type, the next read goes through Next.js.
    if (sent['content-type']) kept.sent = sent
  })
  return false
}
