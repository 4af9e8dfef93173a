import { createReadStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { CollectionSlug, Payload } from 'payload'
import { localeCodes } from '../../curriculum/locales'
import { mayPreviewDrafts } from '../access/mayPreviewDrafts'
import { contentTypes, publicSiteHeaders, resolveRequest } from '../publish/serveSite'
import { buildPreview, previewFolder, previewRoute } from './buildPreview'
import { isPreviewable } from './previewPages'

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

// Redirects name a path, not a host: behind Next the request's host may differ from the one the browser used, and the session cookie is tied to that one.
const redirect = (location: string) => new Response(null, { status: 302, headers: { Location: location, 'Cache-Control': 'no-store' } })

function signIn(request: Request): Response {
  const url = new URL(request.url)
  return redirect(`/admin/login?redirect=${encodeURIComponent(url.pathname + url.search)}`)
}

async function editorOf(payload: Payload, request: Request) {
  const { user } = await payload.auth({ headers: request.headers })
  return user
}

/**
 * GET /preview/draft/<collection>/<id>?locale=es — builds the site with this draft for the
 * signed-in editor and sends them to the draft's page in it.
 */
export async function previewDraft(payload: Payload, request: Request, collection: string, id: string): Promise<Response> {
  const user = await editorOf(payload, request)
  if (!user) return signIn(request)
  if (!mayPreviewDrafts(user)) return text(403, 'Previews of unpublished content are for editorial staff.')
  if (!isPreviewable(collection)) return text(404, `Documents of "${collection}" have no page on the public site to preview.`)
  const locale = new URL(request.url).searchParams.get('locale') ?? ''
  if (!(localeCodes as readonly string[]).includes(locale)) return text(400, `Choose a locale to preview: ${localeCodes.join(', ')}.`)
  try {
    const address = await buildPreview(payload, { collection: collection as CollectionSlug, id, locale, user })
    return redirect(address)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/not found/i.test(reason)) return text(404, 'That document does not exist, or you may not read it.')
    payload.logger.error(`Preview of ${collection}/${id} failed: ${reason}`)
    return text(500, `The preview could not be built: ${reason}`)
  }
}

/** GET /preview/pages/<token>/<page> — a file of a built preview, for editorial staff only. */
export async function servePreviewFile(payload: Payload, request: Request, token: string, page: readonly string[]): Promise<Response> {
  const user = await editorOf(payload, request)
  if (!user) return signIn(request)
  if (!mayPreviewDrafts(user)) return text(403, 'Previews of unpublished content are for editorial staff.')
  const folder = previewFolder(token)
  if (!folder) return text(404, 'This preview has expired. Open it again from the document in the admin.')
  const address = `/${page.map((segment) => encodeURIComponent(segment)).join('/')}${new URL(request.url).pathname.endsWith('/') && page.length > 0 ? '/' : ''}`
  const target = resolveRequest(path.join(folder, 'site'), address, undefined)
  if (target.status === 302 && target.location) return redirect(`${previewRoute}/${token}${target.location}`)
  if (!target.file) return text(404, 'Not found')
  const headers = { ...publicSiteHeaders, 'Content-Type': contentTypes[path.extname(target.file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }
  const body = Readable.toWeb(createReadStream(target.file)) as ReadableStream<Uint8Array>
  return new Response(body, { status: target.status, headers })
}
