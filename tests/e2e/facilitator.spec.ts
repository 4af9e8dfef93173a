import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import { PDFDocument } from 'pdf-lib'
import { weekdayOf } from '../../curriculum/rules/cycleCalendar'
import { cmsAdmin, startCmsServer } from '../support/cmsServer'
import { cohortTimeZone, facilitator, setUpFacilitatorWorld, type FacilitatorWorld } from './support/facilitatorSetup'
import { pdfOutline } from './support/pdfOutline'

let cms: { url: string; stop: () => Promise<void> }
let world: FacilitatorWorld

test.describe.configure({ mode: 'serial' })

/**
 * One CMS (production build, fresh database, shipped curricula) for the whole file.
 * FACILITATOR_E2E_WORLD=<file> reuses a running one described by that JSON file ({ url, ...world }),
 * for quick reruns while working on these tests.
 */
test.beforeAll(async () => {
  test.setTimeout(900_000)
  const reuse = process.env.FACILITATOR_E2E_WORLD
  if (reuse) {
    const saved = JSON.parse(readFileSync(reuse, 'utf8')) as FacilitatorWorld & { url: string }
    cms = { url: saved.url, stop: async () => {} }
    world = saved
    return
  }
  cms = await startCmsServer({ site: false })
  world = await setUpFacilitatorWorld(cms.url, cmsAdmin)
})

test.afterAll(async () => {
  await cms?.stop()
})

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const todayPath = () => `/facilitator/en/programs/${world.todayProgram.slug}`

async function signIn(page: Page, path = '/facilitator/en'): Promise<void> {
  await page.goto(`${cms.url}${path}`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel('Email').fill(facilitator.email)
  await page.getByLabel('Password').fill(facilitator.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${cms.url}${path}`)
}

/** The first session of today's cohort, as the today view links it. */
async function openTodaysFirstSession(page: Page): Promise<void> {
  const cohort = page.getByRole('region', { name: /Evening cohort/ })
  await cohort.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/weeks\/2\/days\/\d\/sessions\/1$/)
}

test('anonymous visitors are sent to sign in, and come back to the page they asked for', async ({ page, request }) => {
  await page.goto(`${cms.url}${todayPath()}`)
  await expect(page).toHaveURL(new RegExp(`/facilitator/en/sign-in\\?next=${encodeURIComponent(todayPath())}`))
  await page.getByLabel('Email').fill(facilitator.email)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('#sign-in-error')).toHaveText(/do not match an account/)
  await page.getByLabel('Email').fill(facilitator.email)
  await page.getByLabel('Password').fill(facilitator.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${cms.url}${todayPath()}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(world.todayProgram.name)

  const calendar = await request.get(`${cms.url}/facilitator/en/cohorts/${world.todayCohort.id}/calendar.ics`, { maxRedirects: 0 })
  expect(calendar.status()).toBe(303)
  expect(calendar.headers().location).toContain('/facilitator/en/sign-in')
  expect((await request.get(`${cms.url}/api/session-scripts`)).status()).toBe(403)
  const signInPage = await request.get(`${cms.url}/facilitator/en/sign-in`)
  expect(signInPage.headers()['x-frame-options']).toBe('DENY')
  expect(signInPage.headers()['referrer-policy']).toBe('same-origin')
})

test('today lists the day’s sessions in order and opens today’s script with running clock times', async ({ page }) => {
  await signIn(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today’s sessions')
  const cohort = page.getByRole('region', { name: /Evening cohort/ })
  await expect(cohort).toContainText('Week 2 of 8')
  const clocks = await cohort.locator('.session-link .clock').allTextContents()
  expect(clocks.length).toBeGreaterThan(1)
  expect(clocks[0]).toMatch(/^6:00\s?PM/)

  await openTodaysFirstSession(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riding out cravings and urges')
  await expect(page.getByText(/published version of/)).toBeVisible()
  for (const section of ['Goals', 'Preparation', 'Materials', 'Timed segments', 'Adaptations', 'Safety note', 'Handouts']) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible()
  }
  const materials = page.getByRole('region', { name: 'Materials' }).getByRole('checkbox')
  expect(await materials.count()).toBeGreaterThan(2)
  await materials.first().check()
  await expect(materials.first()).toBeChecked()

  const times = await page.locator('.segment .clock').evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll('time')].map((t) => t.textContent ?? '')))
  expect(times[0]).toEqual(['6:00 PM', '6:10 PM'])
  expect(times[1]![0]).toBe('6:10 PM')
  for (let i = 1; i < times.length; i++) expect(times[i]![0]).toBe(times[i - 1]![1])
  expect(times.at(-1)![1]).toBe('7:30 PM')
})

test('switching to Spanish shows the Spanish script, and says when a script is only in English', async ({ page }) => {
  await signIn(page)
  await openTodaysFirstSession(page)
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click()
  await expect(page).toHaveURL(/\/facilitator\/es\/programs\//)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cómo dejar pasar las ganas de consumir')
  await expect(page.getByRole('heading', { level: 2, name: 'Objetivos' })).toBeVisible()
  await expect(page.locator('.segment .clock time').first()).toHaveText('18:00')
  await expect(page.locator('.fallback-notice')).toHaveCount(0)

  await page.goto(`${cms.url}/facilitator/es/programs/${world.rollingProgram.slug}/weeks/1/days/1/sessions/1`)
  await expect(page.locator('.fallback-notice')).toHaveText('Esta guía todavía no está escrita en español, así que se muestra en inglés.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 2, name: 'Objetivos' })).toBeVisible()
})

test('an English-speaking facilitator prints a handout in Spanish', async ({ page }) => {
  await signIn(page)
  await openTodaysFirstSession(page)
  await page.getByRole('listitem').filter({ hasText: 'Cravings and urges' }).getByRole('link', { name: 'Print in Spanish' }).click()
  await expect(page).toHaveURL(/\/facilitator\/en\/handouts\/education\/cravings-and-urges\?lang=es$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const handout = page.locator('article.handout')
  await expect(handout).toHaveAttribute('lang', 'es')
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('Las ganas de consumir')
  await expect(handout.getByRole('heading', { name: 'Puntos clave' })).toBeVisible()
  await expect(handout.getByRole('heading', { name: '¿Necesita ayuda ahora?' })).toBeVisible()
  await expect(handout).toContainText('988')
  await expect(page.getByRole('button', { name: 'Print in Spanish' })).toBeVisible()
})

test('a week prints as one packet: every script and handout starts its own page, no navigation', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, `${todayPath()}/weeks/2`)
  const sessions = await page.locator('.session-link').count()
  await page.getByLabel('Handouts in').selectOption('es')
  await page.getByRole('button', { name: 'Open the print packet' }).click()
  await expect(page).toHaveURL(/\/weeks\/2\/packet\?handouts=es$/)
  await expect(page.locator('article.script')).toHaveCount(sessions)
  const handouts = await page.locator('article.handout').count()
  expect(handouts).toBeGreaterThan(0)
  expect(await page.locator('article.handout[lang="es"]').count()).toBe(handouts)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.workspace-header')).toBeHidden()
  await expect(page.locator('.breadcrumbs')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print the packet' })).toBeHidden()
  const title = await page.locator('h1').textContent()
  const documentTitle = await page.title()

  const scriptTitles = await page.locator('article.script h2[id$="-title"]').allTextContents()
  const handoutTitles = await page.locator('article.handout h2[id$="-title"]').allTextContents()
  const pdf = await PDFDocument.load(await page.pdf({ format: 'Letter', outline: true, tagged: true }))
  expect(pdf.getPages().every((p) => Math.round(p.getWidth()) === 612 && Math.round(p.getHeight()) === 792)).toBe(true)
  // Chromium's bookmarks say on which page each heading was printed: the cover alone on page 1,
  // then every script and every handout starting a page of its own, in order.
  const outline = pdfOutline(pdf)
  expect(outline[0]).toMatchObject({ title, depth: 0, page: 1 })
  const sections = outline.filter((entry) => entry.depth === 1 && entry.title !== 'Contents')
  expect(sections.map((entry) => entry.title).sort()).toEqual([...scriptTitles, ...handoutTitles].sort())
  expect(sections).toHaveLength(sessions + handouts)
  expect(sections[0]!.page).toBe(2)
  for (let i = 1; i < sections.length; i++) expect(sections[i]!.page, sections[i]!.title).toBeGreaterThan(sections[i - 1]!.page)
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1 + sessions + handouts)
  expect(pdf.getTitle()).toBe(documentTitle)
})

test('the cohort calendar downloads as a valid iCalendar file in the cohort’s time zone', async ({ page }) => {
  await signIn(page, todayPath())
  const item = page.getByRole('listitem').filter({ hasText: 'Evening cohort' })
  await expect(item).toContainText('this week is week 2')
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /Download calendar/ }).click()])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const text = readFileSync((await download.path())!, 'utf8')

  const calendar = new ICAL.Component(ICAL.parse(text))
  const zones = calendar.getAllSubcomponents('vtimezone')
  expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual([cohortTimeZone])
  for (const zone of zones) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  const slots = (world.todayProgram.schedule ?? []).flatMap((week) => (week.days ?? []).flatMap((day) => day.slots ?? []))
  expect(events).toHaveLength(slots.length)
  const todays = events.filter((event) => event.startDate.toString().startsWith(world.today))
  expect(todays.length).toBeGreaterThan(0)
  expect(todays[0]!.startDate.toString()).toBe(`${world.today}T18:00:00`)
  expect(todays[0]!.startDate.zone?.tzid).toBe(cohortTimeZone)
  expect(todays.map((e) => e.summary)).toContain('Riding out cravings and urges')
  expect(todays[0]!.location).toBe('Room 2')
})

test('a rolling cycle’s calendar repeats every cycle', async ({ page }) => {
  await signIn(page)
  // As a browser fetches it: the session cookie counts only for the site's own requests.
  const response = await page.request.get(`${cms.url}/facilitator/es/cohorts/${world.rollingCycle.id}/calendar.ics`, { headers: { 'sec-fetch-site': 'same-origin' } })
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  expect(events.length).toBeGreaterThan(0)
  expect(events.every((event) => event.component.getFirstPropertyValue('rrule')?.toString() === 'FREQ=WEEKLY;INTERVAL=12')).toBe(true)
  expect(events[0]!.description).toContain('semana 1')
})

test('a facilitator cannot open another program, its cohort calendar, or a script outside their programs', async ({ page }) => {
  await signIn(page)
  const program = await page.goto(`${cms.url}/facilitator/en/programs/${world.otherProgram.slug}`)
  expect(program?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  const script = await page.goto(`${cms.url}/facilitator/en/programs/${world.otherProgram.slug}/weeks/1/days/1/sessions/1`)
  expect(script?.status()).toBe(404)
  const calendar = await page.request.get(`${cms.url}/facilitator/en/cohorts/${world.otherCohort.id}/calendar.ics`, { headers: { 'sec-fetch-site': 'same-origin' } })
  expect(calendar.status()).toBe(404)
  const api = await page.request.get(`${cms.url}/api/programs/${world.otherProgram.id}`, { headers: { origin: cms.url } })
  expect(api.status()).toBe(404)
  const edit = await page.request.patch(`${cms.url}/api/programs/${world.todayProgram.id}?draft=true`, { data: { name: 'Renamed' }, headers: { origin: cms.url } })
  expect(edit.status()).toBe(403)
})

test('every workspace page passes axe and fits a phone and a tablet', async ({ browser }) => {
  test.setTimeout(240_000)
  const paths = [
    '/facilitator/en',
    todayPath(),
    `${todayPath()}/weeks/2`,
    `${todayPath()}/weeks/2/days/${weekdayOf(world.today)}/sessions/1`,
    '/facilitator/es/handouts/exercises/mindful-breathing?lang=es',
    `${todayPath()}/weeks/2/packet?handouts=es`,
  ]
  for (const viewport of [
    { name: 'phone', width: 375, height: 812 },
    { name: 'tablet', width: 820, height: 1180 },
  ]) {
    const context = await browser.newContext({ viewport, locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${cms.url}/facilitator/en/sign-in`)
    expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations, `${viewport.name} sign-in`).toEqual([])
    await signIn(page)
    for (const path of paths) {
      await page.goto(`${cms.url}${path}`)
      await expect(page.locator('main')).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${viewport.name} ${path}`).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${viewport.name} ${path} scrolls sideways`).toBeLessThanOrEqual(0)
    }
    await context.close()
  }
})

test('after a script changes, the facilitator is told what changed since they last viewed it', async ({ page }) => {
  await signIn(page)
  await openTodaysFirstSession(page)
  await expect(page.getByRole('heading', { name: 'Changed since you last viewed it' })).toHaveCount(0)
  const scriptUrl = page.url()

  const headers = { authorization: `JWT ${world.adminToken}` }
  const found = await page.request.get(`${cms.url}/api/session-scripts?where[slug][equals]=rp-cravings-and-urges&depth=0&locale=en`, { headers })
  const script = ((await found.json()) as { docs: { id: number; materials: { text: string }[] }[] }).docs[0]!
  const published = await page.request.patch(`${cms.url}/api/session-scripts/${script.id}?locale=en`, {
    headers,
    data: { materials: [...script.materials.map(({ text }) => ({ text })), { text: 'A bell to mark the time' }], _status: 'published' },
  })
  expect(published.ok(), await published.text()).toBe(true)

  await page.goto(scriptUrl)
  const changes = page.getByRole('region', { name: 'Changed since you last viewed it' })
  await expect(changes).toBeVisible()
  await expect(changes).toContainText('Materials: added A bell to mark the time.')
  await expect(page.getByRole('region', { name: 'Materials' })).toContainText('A bell to mark the time')
})

test('signing out ends the session', async ({ page }) => {
  await signIn(page)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('status')).toHaveText('You are signed out.')
  await page.goto(`${cms.url}/facilitator/en`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
})
