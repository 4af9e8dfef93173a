import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, request as requests, test } from '@playwright/test'
import { cmsAdmin, startCmsServer } from '../support/cmsServer'

type Cms = Awaited<ReturnType<typeof startCmsServer>>
let cms: Cms

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  cms = await startCmsServer()
})

test.afterAll(async () => {
  await cms?.stop()
})

async function signIn(page: import('@playwright/test').Page) {
  await page.goto(`${cms.url}/admin/login`)
  await page.getByLabel(/email/i).fill(cmsAdmin.email)
  await page.getByLabel(/password/i).fill(cmsAdmin.password)
  await page.getByRole('button', { name: /login|log in|sign in/i }).click()
  await page.waitForURL(/\/admin\/?$/)
}

test('the admin signs in and finds the curricula grouped by purpose, within its Content-Security-Policy', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await signIn(page)
  for (const heading of ['Curriculum', 'Education', 'Public']) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  await page.goto(`${cms.url}/admin/collections/programs`)
  await expect(page.getByRole('link', { name: 'Adult Mental Health IOP' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Adolescent IOP' })).toBeVisible()
  await page.getByRole('link', { name: 'Adolescent IOP' }).click()
  await expect(page.getByRole('heading', { name: 'Adolescent IOP' }).first()).toBeVisible()
  expect(refused).toEqual([])
})

test('a module shows its version history', async ({ page }) => {
  await signIn(page)
  const response = await page.request.get(`${cms.url}/api/psychoeducation-modules?where[slug][equals]=thinking-traps&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  await page.goto(`${cms.url}/admin/collections/psychoeducation-modules/${docs[0]!.id}/versions`)
  await expect(page.getByText(/published/i).first()).toBeVisible()
})

test('the reviews-due view is in the admin', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cms.url}/admin/review-due`)
  await expect(page.getByRole('heading', { name: 'Reviews due' })).toBeVisible()
  await expect(page.getByText(/grouped by the reviewer who signed the last review/)).toBeVisible()
})

test('the translations view lists, per language, what needs translating', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cms.url}/admin/translations`)
  await expect(page.getByRole('heading', { name: 'Translations to do' })).toBeVisible()
  // The shipped curricula come in both languages: nothing is missing or outdated.
  await expect(page.getByRole('heading', { name: 'Español: 0 missing, 0 outdated, 0 images without alt text' })).toBeVisible()
})

test('the admin and its custom views speak Spanish to a person who chose Spanish', async ({ page, context }) => {
  await signIn(page)
  await context.addCookies([{ name: 'payload-lng', value: 'es', url: cms.url }])
  await page.goto(`${cms.url}/admin/translations`)
  await expect(page.getByRole('heading', { name: 'Traducciones pendientes', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Español: 0 sin traducir, 0 desactualizadas, 0 imágenes sin texto alternativo' })).toBeVisible()
  await page.goto(`${cms.url}/admin/review-due`)
  await expect(page.getByRole('heading', { name: 'Revisiones pendientes', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Traducciones pendientes' })).toBeVisible()
})

test('a module shows its quality report beside the text, with what to change', async ({ page }) => {
  await signIn(page)
  const login = await page.request.post(`${cms.url}/api/users/login`, { data: { email: cmsAdmin.email, password: cmsAdmin.password } })
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const found = await page.request.get(`${cms.url}/api/psychoeducation-modules?where[slug][equals]=managing-stress&depth=0`, { headers })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const draft = await page.request.patch(`${cms.url}/api/psychoeducation-modules/${id}?locale=en&draft=true`, { data: { summary: 'Stress is normal, and nobody is an addict for feeling it.' }, headers })
  expect(draft.ok(), await draft.text()).toBe(true)
  await page.goto(`${cms.url}/admin/collections/psychoeducation-modules/${id}`)
  const report = page.getByTestId('quality-report')
  await expect(report.getByRole('heading', { name: 'Editorial quality (English)' })).toBeVisible()
  await expect(report.getByText(/Flesch-Kincaid grade/)).toBeVisible()
  await expect(report.getByText(/"addict" labels a person by a health condition\. Say "person with a substance use disorder"/)).toBeVisible()
  await expect(page.getByTestId('translation-status').getByText(/Español/)).toBeVisible()
})

test('the CMS answers with security headers and keeps session scripts from the public', async ({ request }) => {
  const login = await request.get(`${cms.url}/admin/login`)
  expect(login.headers()['x-frame-options']).toBe('DENY')
  expect(login.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(login.headers()['referrer-policy']).toBe('no-referrer')
  for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(login.headers()['content-security-policy']).toContain(directive)
  expect(login.headers()['x-content-type-options']).toBe('nosniff')
  // What the API serves (uploads among it) runs nothing, even when opened directly.
  const api = await request.get(`${cms.url}/api/globals/site-settings`)
  expect(api.headers()['content-security-policy']).toContain('sandbox')
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'")
  const scripts = await request.get(`${cms.url}/api/session-scripts`)
  expect(scripts.status()).toBe(403)
})

test('a repeated public read is answered from memory with the headers Next.js sends, and forgotten at a save', async ({ request }) => {
  const read = `${cms.url}/api/psychoeducation-modules?where[slug][equals]=managing-stress&depth=1&locale=es`
  const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-public-cache'])
  const comparable = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !perConnection.has(name)))
  const answers = []
  for (const encoding of ['identity', 'identity', 'gzip']) {
    const response = await request.get(read, { headers: { 'accept-encoding': encoding } })
    expect(response.status()).toBe(200)
    answers.push({ cache: response.headers()['x-public-cache'], encoding: response.headers()['content-encoding'], headers: comparable(response.headers()), body: await response.text() })
  }
  expect(answers.map((answer) => answer.cache)).toEqual(['miss', 'hit', 'hit'])
  expect(answers[2]!.encoding).toBe('gzip')
  for (const answer of answers.slice(1)) {
    expect(answer.headers).toEqual(answers[0]!.headers)
    expect(answer.body).toBe(answers[0]!.body)
  }
  expect(answers[1]!.headers['content-security-policy']).toContain('sandbox')
  expect(answers[1]!.headers['x-frame-options']).toBe('DENY')

  // A save in the CMS (a draft here) forgets every kept answer; the public still reads the published text.
  const editor = await requests.newContext()
  const login = await editor.post(`${cms.url}/api/users/login`, { data: { email: cmsAdmin.email, password: cmsAdmin.password } })
  const { token } = (await login.json()) as { token: string }
  const published = JSON.parse(answers[0]!.body) as { docs: { id: number; title: string }[] }
  const saved = await editor.patch(`${cms.url}/api/psychoeducation-modules/${published.docs[0]!.id}?locale=es&draft=true`, { data: { title: 'Un borrador que nadie debe ver' }, headers: { authorization: `JWT ${token}` } })
  expect(saved.ok(), await saved.text()).toBe(true)
  const after = await request.get(read, { headers: { 'accept-encoding': 'identity' } })
  expect(after.headers()['x-public-cache']).toBe('miss')
  expect(((await after.json()) as { docs: { title: string }[] }).docs[0]!.title).toBe(published.docs[0]!.title)
  // Signed in, the same address is never answered from memory.
  const signedIn = await editor.get(read)
  expect(signedIn.headers()['x-public-cache']).toBeUndefined()
  await editor.dispose()
})

test('publishing in the CMS rebuilds the site, without a terminal', async ({ request }) => {
  test.setTimeout(180_000)
  const login = await request.post(`${cms.url}/api/users/login`, { data: { email: cmsAdmin.email, password: cmsAdmin.password } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }
  const found = await request.get(`${cms.url}/api/psychoeducation-modules?where[slug][equals]=self-compassion&depth=0`)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const title = `Self-compassion, revised ${Date.now()}`
  const published = await request.patch(`${cms.url}/api/psychoeducation-modules/${id}?locale=en`, { data: { title, _status: 'published' }, headers })
  expect(published.ok(), await published.text()).toBe(true)
  const page = path.join(cms.siteDir, 'en/education/self-compassion/index.html')
  await expect.poll(() => readFileSync(page, 'utf8').includes(title), { timeout: 150_000, intervals: [1000] }).toBe(true)
})

test('an editor previews a draft in the site design, before publishing', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page)
  const found = await page.request.get(`${cms.url}/api/family-modules?where[slug][equals]=family-boundaries&depth=0`)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const title = `Boundaries, draft ${Date.now()}`
  const login = await page.request.post(`${cms.url}/api/users/login`, { data: { email: cmsAdmin.email, password: cmsAdmin.password } })
  const { token } = (await login.json()) as { token: string }
  const saved = await page.request.patch(`${cms.url}/api/family-modules/${id}?locale=en&draft=true`, { data: { title }, headers: { authorization: `JWT ${token}` } })
  expect(saved.ok(), await saved.text()).toBe(true)
  await page.goto(`${cms.url}/preview/draft/family-modules/${id}?locale=en`)
  await expect(page).toHaveURL(/\/preview\/pages\/[a-f0-9]{32}\/en\/family\/family-boundaries\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('note').filter({ hasText: 'Preview of unpublished changes' })).toBeVisible()
  // The site's own stylesheet applies: the crisis banner is styled, not bare HTML.
  const banner = page.locator('aside.crisis')
  expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  // Links stay inside the preview.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For families' }).click()
  await expect(page).toHaveURL(/\/preview\/pages\/[a-f0-9]{32}\/en\/family\/$/)
  // The public site still has the published title.
  expect(readFileSync(path.join(cms.siteDir, 'en/family/family-boundaries/index.html'), 'utf8')).not.toContain(title)
})
