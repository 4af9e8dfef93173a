import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

interface Entry {
  generation: number
  expires: number
  status: number
  headers: [string, string][]
  body: ArrayBuffer
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

/** A read by the anonymous public: no credentials of any kind, so the answer is the same for everyone. */
function isAnonymousPublicRead(request: Request, url: URL): boolean {
  if (request.method !== 'GET' || !publicPaths.test(url.pathname)) return false
  if (request.headers.has('authorization')) return false
  return !/(?:^|;\s*)payload-/.test(request.headers.get('cookie') ?? '')
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
    const url = new URL(request.url)
    if (!isAnonymousPublicRead(request, url)) return handler(request, context)
    const key = `${url.pathname}${url.search}\n${request.headers.get('accept-language') ?? ''}`
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
