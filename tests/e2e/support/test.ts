import { test as base, expect } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** The site under test, started by globalSetup. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.SITE_E2E_URL
    if (!url) throw new Error('SITE_E2E_URL is not set; the global setup did not run.')
    await use(url)
  },
})

export { expect }

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export function axe(page: import('@playwright/test').Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(wcagTags)
}

export const locales = ['en', 'es'] as const

/** One page of every template, per locale. */
export const templates = (locale: string): { name: string; path: string }[] => [
  { name: 'home', path: `/${locale}/` },
  { name: 'education list', path: `/${locale}/education/` },
  { name: 'education list, filtered', path: `/${locale}/education/about/anxiety/for/adult/` },
  { name: 'education module', path: `/${locale}/education/understanding-anxiety/` },
  { name: 'family list', path: `/${locale}/family/` },
  { name: 'family module', path: `/${locale}/family/family-boundaries/` },
  { name: 'exercise list', path: `/${locale}/exercises/` },
  { name: 'exercise', path: `/${locale}/exercises/body-scan/` },
  { name: 'programs', path: `/${locale}/programs/` },
  { name: 'a week in a program', path: `/${locale}/programs/adult-mental-health/` },
  { name: 'articles', path: `/${locale}/articles/` },
  { name: 'article', path: `/${locale}/articles/what-is-iop/` },
  { name: 'get help now', path: `/${locale}/help/` },
  { name: 'search', path: `/${locale}/search/?q=${locale === 'es' ? 'ansiedad' : 'anxiety'}` },
  { name: 'not found', path: `/${locale}/no-such-page/` },
]
