import { gzipSync } from 'node:zlib'
import { axe, expect, locales, templates, test } from './support/test'
import { findInjectedMarkup, injectionMarker } from '../support/injection'
import { hostileArticleSlug, untranslatedArticle } from './support/fixtures'

const fallbackPath = `/es/articles/${untranslatedArticle.slug}/`

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const locale of locales) {
    test(`every page template in ${locale}`, async ({ page }) => {
      test.setTimeout(90_000)
      for (const template of templates(locale)) {
        await page.goto(template.path)
        if (template.name === 'search') await expect(page.locator('.results li').first()).toBeVisible()
        const { violations } = await axe(page).analyze()
        expect(violations.map((v) => `${template.name} (${template.path}): ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      }
    })
  }

  test('the root language page and the fallback page', async ({ page }) => {
    for (const path of ['/', fallbackPath]) {
      await page.goto(path)
      const { violations } = await axe(page).analyze()
      expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([])
    }
  })
})

test.describe('crisis resources', () => {
  for (const path of ['/en/education/understanding-anxiety/', '/es/programs/adolescent/', '/en/search/', '/']) {
    test(`are visible at the top and first by keyboard on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 568 })
      await page.goto(path)
      const first = page.locator('.crisis a').first()
      await expect(first).toBeInViewport()
      await expect(first).toHaveAttribute('href', /^tel:/)
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.closest('.crisis') !== null)
      expect(focused).toBe(true)
    })
  }

  test('come from the settings of the page locale', async ({ page }) => {
    await page.goto('/es/')
    await expect(page.locator('.crisis')).toContainText('AYUDA')
    await expect(page.locator('.crisis a[href="tel:911"]')).toBeVisible()
    await page.goto('/en/')
    await expect(page.locator('.crisis')).toContainText('988')
    await expect(page.locator('.crisis')).not.toContainText('AYUDA')
  })
})

test.describe('small screens', () => {
  for (const locale of locales) {
    test(`no horizontal scrolling at 320 px in ${locale}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      for (const template of templates(locale)) {
        await page.goto(template.path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${template.path} scrolls sideways`).toBeLessThanOrEqual(0)
      }
    })
  }

  // WCAG 1.4.4: text resized to 200% still fits, without sideways scrolling or text cut off.
  test('text at 200% on a laptop screen still fits', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const template of templates('es')) {
      await page.goto(template.path)
      // As a browser's text zoom would (the page's own policy forbids adding a stylesheet).
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'))
      const problems = await page.evaluate(() => {
        const found: string[] = []
        if (parseFloat(getComputedStyle(document.body).fontSize) < 32) found.push('the text did not grow')
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page scrolls sideways')
        for (const element of document.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, a, button, label, input, dt, dd, th, td')) {
          const style = getComputedStyle(element)
          if (style.overflow === 'hidden' && element.scrollWidth > element.clientWidth + 1) found.push(`text cut off in <${element.tagName.toLowerCase()}>: ${element.textContent?.trim().slice(0, 40)}`)
        }
        return found
      })
      expect(problems, template.path).toEqual([])
    }
  })
})

test.describe('privacy', () => {
  test('no request leaves the site, and content pages run no script', async ({ page, baseURL }) => {
    const elsewhere: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(baseURL!) && !url.startsWith('data:')) elsewhere.push(url)
    })
    for (const template of [...templates('en'), ...templates('es')]) {
      await page.goto(template.path)
      if (template.name === 'search') await expect(page.locator('.results li').first()).toBeVisible()
      else expect(await page.locator('script').count(), `${template.path} has a script`).toBe(0)
    }
    expect(elsewhere).toEqual([])
  })

  test('pages send a Content-Security-Policy that allows only this site', async ({ page }) => {
    const response = await page.goto('/en/education/understanding-anxiety/')
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'")
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'.*script-src 'none'/)
  })
})

test.describe('search', () => {
  for (const term of ['ansiedad', 'depresion', 'depresión']) {
    test(`Spanish search for "${term}" finds Spanish pages`, async ({ page }) => {
      await page.goto(`/es/search/?q=${encodeURIComponent(term)}`)
      const results = page.locator('.results li a')
      await expect(results.first()).toBeVisible()
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
      expect(hrefs.length).toBeGreaterThan(0)
      for (const href of hrefs) expect(href).toMatch(/^\/es\//)
    })
  }

  test('filters narrow the results, and the form works by keyboard', async ({ page }) => {
    await page.goto('/en/search/')
    await page.getByLabel('Search for').fill('anxiety')
    await page.getByLabel('Kind of page').selectOption('Exercise')
    await page.getByLabel('Search for').press('Enter')
    await expect(page).toHaveURL(/q=anxiety.*type=Exercise/)
    const results = page.locator('.results li a')
    await expect(results.first()).toBeVisible()
    for (const href of await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) expect(href).toMatch(/^\/en\/exercises\//)
  })

  test('searches in place, keeps the address in step, and the back button returns to the last search', async ({ page }) => {
    await page.goto('/en/search/')
    const first = page.locator('.results li a').first()
    await page.getByLabel('Search for').pressSequentially('sleep', { delay: 30 })
    await page.getByLabel('Search for').press('Enter')
    await expect(page).toHaveURL(/\/en\/search\/\?q=sleep$/)
    await expect(first).toBeVisible()
    const list = page.locator('.results')
    await expect(list).toHaveAttribute('aria-busy', 'false')
    const sleepResults = await page.locator('.results li a').allTextContents()
    await page.getByLabel('Search for').fill('family')
    await page.getByLabel('Search for').press('Enter')
    await expect(page).toHaveURL(/q=family$/)
    await expect.poll(async () => (await page.locator('.results li a').allTextContents()).join('|')).not.toBe(sleepResults.join('|'))
    await page.goBack()
    await expect(page).toHaveURL(/q=sleep$/)
    await expect(page.getByLabel('Search for')).toHaveValue('sleep')
    await expect.poll(async () => (await page.locator('.results li a').allTextContents()).join('|')).toBe(sleepResults.join('|'))
  })

  test('without script the search form still sends the query, and says search needs script', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search/')
    await page.getByLabel('Search for').fill('anxiety')
    await page.getByLabel('Search for').press('Enter')
    await expect(page).toHaveURL(/\/en\/search\/\?q=anxiety/)
    await expect(page.locator('.notice')).toBeVisible()
    await context.close()
  })

  test('a common misspelling still finds the topic', async ({ page }) => {
    await page.goto('/en/search/?q=anxeity')
    await expect(page.locator('.results li a').first()).toBeVisible()
  })
})

test.describe('languages', () => {
  test('the language switcher keeps the page', async ({ page }) => {
    await page.goto('/en/exercises/body-scan/')
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click()
    await expect(page).toHaveURL(/\/es\/exercises\/body-scan\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/exercises\/body-scan\/$/)
  })

  test('an untranslated page falls back to English with a notice and honest hreflang', async ({ page }) => {
    await page.goto(fallbackPath)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('note')).toContainText('todavía no está traducida')
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en')
    await expect(page.locator('h1')).toHaveText(untranslatedArticle.title)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/articles/${untranslatedArticle.slug}/$`))
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
    expect(hreflangs.sort()).toEqual(['en', 'x-default'])
  })

  test('the root page sends a browser to its language, or offers plain links', async ({ browser, baseURL }) => {
    const spanish = await browser.newContext({ baseURL, locale: 'es-MX' })
    const page = await spanish.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/es\/$/)
    await spanish.close()

    const other = await browser.newContext({ baseURL, locale: 'fr-FR' })
    const chooser = await other.newPage()
    await chooser.goto('/')
    await expect(chooser.getByRole('link', { name: /Español/ })).toHaveAttribute('href', '/es/')
    await expect(chooser.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/')
    expect(await chooser.locator('script, meta[http-equiv="refresh"]').count()).toBe(0)
    await other.close()
  })

  test('every page declares its language and direction', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/family/`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    }
  })
})

test.describe('pages', () => {
  test('a module shows objectives, key points, a practice, sources and its reviewer', async ({ page }) => {
    await page.goto('/en/education/understanding-anxiety/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understanding anxiety')
    for (const name of ['What you will learn', 'Key points', 'Try this', 'Sources']) await expect(page.getByRole('heading', { name })).toBeVisible()
    expect(await page.locator('.key-points li').count()).toBeLessThanOrEqual(3)
    await expect(page.locator('.review')).toContainText(/Reviewed by .+ on .+\d{4}/)
  })

  test('the education list filters by condition and audience with plain links', async ({ page }) => {
    await page.goto('/en/education/')
    const all = await page.locator('.cards > li').count()
    await page.getByRole('navigation', { name: 'Topic' }).getByRole('link', { name: 'Trauma' }).first().click()
    await expect(page).toHaveURL(/\/en\/education\/about\/trauma-ptsd\/$/)
    const trauma = await page.locator('.cards > li').count()
    expect(trauma).toBeGreaterThan(0)
    expect(trauma).toBeLessThan(all)
    await page.getByRole('navigation', { name: 'Written for' }).getByRole('link', { name: 'Teens' }).click()
    await expect(page).toHaveURL(/\/en\/education\/about\/trauma-ptsd\/for\/adolescent\/$/)
  })

  test('a week in IOP shows sessions by day and time, without scripts', async ({ page }) => {
    await page.goto('/en/programs/adult-mental-health/')
    const week = page.locator('details.week').first()
    await expect(week).toHaveAttribute('open', '')
    await expect(week.locator('.day h3').first()).toHaveText('Monday')
    await expect(week.locator('.sessions li').first()).toContainText(/\d{1,2}:\d{2}/)
    await expect(week.locator('.week-topics a').first()).toHaveAttribute('href', /^\/en\/(education|exercises|family)\//)
  })

  test('an image in an exercise loads from the site itself, with alt text in the page language', async ({ page }) => {
    await page.goto('/es/exercises/box-breathing/')
    const image = page.getByRole('img', { name: /^Un cuadrado que se recorre/ })
    await expect(image).toBeVisible()
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(new URL(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).pathname).toBe('/media/box-breathing.svg')
  })

  test('a module prints as a clean handout', async ({ page }) => {
    await page.goto('/en/education/understanding-anxiety/')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-nav')).toBeHidden()
    await expect(page.locator('.languages')).toBeHidden()
    await expect(page.locator('.crisis a[href="tel:988"]')).toBeVisible()
    await expect(page.locator('h1')).toBeVisible()
  })

  test('a typical module page stays small: HTML ≤ 20 KB and CSS ≤ 10 KB gzipped, no JavaScript', async ({ page, request }) => {
    await page.goto('/en/education/understanding-anxiety/')
    const html = await (await request.get('/en/education/understanding-anxiety/')).body()
    expect(gzipSync(html).length).toBeLessThanOrEqual(20 * 1024)
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))
    let css = 0
    for (const sheet of sheets) css += gzipSync(await (await request.get(sheet)).body()).length
    expect(css).toBeLessThanOrEqual(10 * 1024)
    expect(await page.locator('script').count()).toBe(0)
  })

  test('a missing page is a friendly 404 in its language', async ({ page }) => {
    const response = await page.goto('/es/no-existe/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página')
    await expect(page.locator('.crisis')).toBeVisible()
  })

  test('each locale has an RSS feed of its articles, and the sitemap lists language alternates', async ({ request }) => {
    const feed = await (await request.get('/es/rss.xml')).text()
    expect(feed).toContain('<language>es</language>')
    expect(feed).toContain('/es/articles/')
    expect(feed).not.toContain(untranslatedArticle.slug)
    const sitemap = await (await request.get('/sitemap-0.xml')).text()
    expect(sitemap).toContain('hreflang="es"')
    expect(sitemap).not.toContain(`/es/articles/${untranslatedArticle.slug}/`)
  })
})

test.describe('injection', () => {
  test('hostile content an editor published runs nothing: on its page, in lists, in search results', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const path of [`/en/articles/${hostileArticleSlug}/`, '/en/articles/', `/es/articles/${hostileArticleSlug}/`, `/en/search/?q=${injectionMarker}`]) {
      await page.goto(path)
      const isSearch = path.includes('/search/')
      if (isSearch) await expect(page.locator('.results li').first()).toBeVisible()
      await expect(page.locator('main')).toContainText(injectionMarker)
      // The live document, after every script ran (search results are written in by script).
      const findings = await findInjectedMarkup(await page.content(), { allowScript: (src) => isSearch && /^\/_astro\/[\w.-]+\.js$/.test(src) })
      expect(findings, path).toEqual([])
      for (const link of await page.locator('main a').all()) expect(await link.getAttribute('href'), path).not.toMatch(/^\s*(?:javascript|vbscript|data):/i)
    }
    expect(dialogs).toEqual([])
  })
})
