import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { createRoleUsers, emailFor, testPassword } from '../support/users'
import { loadShippedCurricula } from '../support/shippedCurricula'

/**
 * Editors preview a draft in the site's own design before publishing: the CMS builds the site
 * with that draft for them under a random address, and only editorial staff may open it.
 */

const marker = 'Previewmarker draft wording'
let harness: TestPayload
let payload: Payload
let moduleId: number | string
const tokens: Partial<Record<Role, string>> = {}
const cms = 'http://cms.test'

const get = (address: string, role?: Role) =>
  new Request(new URL(address, cms), { headers: role ? { Authorization: `JWT ${tokens[role]}` } : {} })

beforeAll(async () => {
  harness = await startPayload('preview')
  payload = harness.payload
  await loadShippedCurricula(payload)
  await createRoleUsers(payload)
  for (const role of ['program-designer', 'facilitator'] as const) {
    const { token } = await payload.login({ collection: 'users', data: { email: emailFor(role), password: testPassword } })
    tokens[role] = token
  }
  const { docs } = await payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'understanding-anxiety' } }, depth: 0 })
  moduleId = docs[0]!.id
  await payload.update({ collection: 'psychoeducation-modules', id: moduleId, locale: 'es', draft: true, data: { title: `Entender la ansiedad ${marker}` } })
}, 180_000)

afterAll(async () => {
  await harness?.stop()
})

describe('previewing a draft', () => {
  it('gives each previewable collection a preview address in the admin', async () => {
    const config = payload.collections['psychoeducation-modules'].config
    const preview = config.admin.preview
    expect(typeof preview).toBe('function')
    const address = await preview!({ id: moduleId }, { locale: 'es', req: {} as never, token: null })
    expect(address).toMatch(new RegExp(`/preview/draft/psychoeducation-modules/${moduleId}\\?locale=es$`))
    expect(payload.collections['session-scripts'].config.admin.preview).toBeUndefined()
  })

  it('builds the site with the draft and shows its page, marked as a preview and not indexed', async () => {
    const { previewDraft, servePreviewFile } = await import('../../cms/preview/previewHandlers')
    const started = await previewDraft(payload, get(`/preview/draft/psychoeducation-modules/${moduleId}?locale=es`, 'program-designer'), 'psychoeducation-modules', String(moduleId))
    expect(started.status, await started.clone().text()).toBe(302)
    const location = new URL(started.headers.get('location')!, cms)
    expect(location.pathname).toMatch(/^\/preview\/pages\/[a-f0-9]{32}\/es\/education\/understanding-anxiety\/$/)
    const [, , token, ...segments] = location.pathname.split('/').filter(Boolean)
    const response = await servePreviewFile(payload, get(location.pathname, 'program-designer'), token!, segments)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    const html = await response.text()
    expect(html).toContain(marker)
    expect(html).toContain('Vista previa de cambios sin publicar')
    expect(html).toContain('<meta name="robots" content="noindex"')
    // Its stylesheet and links stay inside the preview.
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1]
    expect(stylesheet).toMatch(/^\/preview\/pages\/[a-f0-9]{32}\/_astro\/.+\.css$/)
    expect(html).toMatch(/href="\/preview\/pages\/[a-f0-9]{32}\/es\/education\/"/)
    const [, , cssToken, ...cssPath] = stylesheet!.split('/').filter(Boolean)
    const css = await servePreviewFile(payload, get(stylesheet!, 'program-designer'), cssToken!, cssPath)
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toContain('text/css')
  }, 120_000)

  it('reuses the preview while the draft is unchanged', async () => {
    const { previewDraft } = await import('../../cms/preview/previewHandlers')
    const ask = () => previewDraft(payload, get(`/preview/draft/psychoeducation-modules/${moduleId}?locale=es`, 'program-designer'), 'psychoeducation-modules', String(moduleId))
    const first = (await ask()).headers.get('location')
    const second = (await ask()).headers.get('location')
    expect(second).toBe(first)
  }, 120_000)

  it('leaves the published module as it was', async () => {
    const published = await payload.findByID({ collection: 'psychoeducation-modules', id: moduleId, locale: 'es', depth: 0, overrideAccess: false })
    expect(published.title).not.toContain(marker)
  })

  it('is for editorial staff only: a facilitator is refused, and an anonymous visitor is sent to sign in', async () => {
    const { previewDraft, servePreviewFile } = await import('../../cms/preview/previewHandlers')
    const address = `/preview/draft/psychoeducation-modules/${moduleId}?locale=es`
    expect((await previewDraft(payload, get(address, 'facilitator'), 'psychoeducation-modules', String(moduleId))).status).toBe(403)
    const anonymous = await previewDraft(payload, get(address), 'psychoeducation-modules', String(moduleId))
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toContain('/admin/login?redirect=')
    const { previewsDir } = await import('../../cms/preview/buildPreview')
    const { readdirSync } = await import('node:fs')
    const token = readdirSync(previewsDir()).find((name) => /^[a-f0-9]{32}$/.test(name))!
    expect((await servePreviewFile(payload, get(`/preview/pages/${token}/es/`, 'facilitator'), token, ['es'])).status).toBe(403)
    expect((await servePreviewFile(payload, get(`/preview/pages/${token}/es/`), token, ['es'])).status).toBe(302)
  })

  it('refuses documents without a page, unknown locales, unknown tokens and paths that climb out', async () => {
    const { previewDraft, servePreviewFile } = await import('../../cms/preview/previewHandlers')
    expect((await previewDraft(payload, get('/preview/draft/session-scripts/1?locale=en', 'program-designer'), 'session-scripts', '1')).status).toBe(404)
    expect((await previewDraft(payload, get(`/preview/draft/psychoeducation-modules/${moduleId}?locale=xx`, 'program-designer'), 'psychoeducation-modules', String(moduleId))).status).toBe(400)
    expect((await servePreviewFile(payload, get('/preview/pages/../../etc/', 'program-designer'), '..', ['..', 'etc'])).status).toBe(404)
    const { previewsDir } = await import('../../cms/preview/buildPreview')
    const { readdirSync } = await import('node:fs')
    const token = readdirSync(previewsDir()).find((name) => /^[a-f0-9]{32}$/.test(name))!
    const climbing = await servePreviewFile(payload, get(`/preview/pages/${token}/x`, 'program-designer'), token, ['..', '..', 'preview.json'])
    expect(climbing.status).toBe(404)
    expect(existsSync(path.join(previewsDir(), token, 'preview.json'))).toBe(true)
    expect(readFileSync(path.join(previewsDir(), token, 'preview.json'), 'utf8')).toContain('psychoeducation-modules')
  })
})
