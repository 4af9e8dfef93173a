import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/bundle/importBundle'
import { shippedBundle } from '../support/bundleCopy'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { RestSession } from '../support/restClient'
import { startRestServer } from '../support/restServer'
import { createRoleUsers, emailFor, testPassword } from '../support/users'

/** The public's REST reads answered from memory: only anonymous reads, forgotten at every change. */

let harness: TestPayload
let payload: Payload
let server: { url: string; close: () => Promise<void> }
let id: number
const path = () => `/api/psychoeducation-modules/${id}?depth=0`

beforeAll(async () => {
  harness = await startPayload('public-read-cache')
  payload = harness.payload
  await importBundle(payload, shippedBundle, { publish: true })
  await createRoleUsers(payload)
  id = (await payload.find({ collection: 'psychoeducation-modules', where: { slug: { equals: 'thinking-traps' } }, limit: 1 })).docs[0]!.id
  server = await startRestServer()
}, 180_000)

afterAll(async () => {
  await server?.close()
  await harness?.stop()
})

const titleOf = async (response: Response) => ((await response.json()) as { title: string }).title

describe('the public read cache', () => {
  it('answers a repeated anonymous read from memory, the same answer', async () => {
    const anonymous = new RestSession(server.url)
    const first = await anonymous.request('GET', path())
    const second = await anonymous.request('GET', path())
    expect([first.headers.get('x-public-cache'), second.headers.get('x-public-cache')]).toEqual(['miss', 'hit'])
    expect(await second.text()).toBe(await first.text())
  })

  it('forgets at once when a document is published, and never shows a draft', async () => {
    const anonymous = new RestSession(server.url)
    await anonymous.request('GET', path())
    await payload.update({ collection: 'psychoeducation-modules', id, locale: 'en', data: { title: 'Thinking traps, revised', _status: 'published' } })
    const after = await anonymous.request('GET', path())
    expect(after.headers.get('x-public-cache')).toBe('miss')
    expect(await titleOf(after)).toBe('Thinking traps, revised')
    await payload.update({ collection: 'psychoeducation-modules', id, locale: 'en', draft: true, data: { title: 'A draft title nobody may see' } })
    for (let i = 0; i < 2; i++) expect(await titleOf(await anonymous.request('GET', path()))).toBe('Thinking traps, revised')
  })

  it('never answers a signed-in request, or one with a session cookie, from memory', async () => {
    const editor = new RestSession(server.url)
    expect((await editor.login(emailFor('program-designer'), testPassword)).status).toBe(200)
    for (let i = 0; i < 2; i++) {
      const response = await editor.request('GET', `${path()}&draft=true`)
      expect(response.headers.get('x-public-cache')).toBeNull()
      expect(await titleOf(response)).toBe('A draft title nobody may see')
    }
    const withCookie = await fetch(`${server.url}${path()}`, { headers: { cookie: 'payload-token=not-a-token' } })
    expect(withCookie.headers.get('x-public-cache')).toBeNull()
  })

  it('keeps nothing that is not public content, and no refusal', async () => {
    const anonymous = new RestSession(server.url)
    for (const request of ['/api/session-scripts?limit=1', '/api/users/me', '/api/payload-preferences']) {
      const response = await anonymous.request('GET', request)
      expect(response.headers.get('x-public-cache'), request).toBeNull()
    }
    const missing = await anonymous.request('GET', '/api/psychoeducation-modules/999999')
    expect(missing.headers.get('x-public-cache')).toBeNull()
  })
})
