// The public site: patients, families and the public. Built from a snapshot of published
// content only (SITE_SNAPSHOT, written by `npm run publish`), never from the CMS database.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { defaultLocale, locales } from './curriculum/locales.ts'
import { fallbackPagePaths } from './site/lib/fallbackPages.ts'
import { sitemapAlternates } from './site/lib/sitemapAlternates.ts'
import { readSnapshotFile } from './site/lib/snapshotFile.ts'

const root = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.resolve(process.env.SITE_OUT_DIR ?? path.join(root, 'dist'))
const site = process.env.SITE_URL ?? 'http://localhost:4321'

// Each output folder gets its own content cache, so two builds never share a data store.
const cacheKey = createHash('sha256').update(outDir).digest('hex').slice(0, 12)
const cacheDir = process.env.SITE_CACHE_DIR ?? path.join(root, 'node_modules/.astro', `site-${cacheKey}`)

// Pages shown in the default language because they are not translated yet point search engines
// at the original (canonical), so the sitemap leaves them out.
const snapshotPath = process.env.SITE_SNAPSHOT
const fallbackPages = new Set(snapshotPath ? fallbackPagePaths(readSnapshotFile(snapshotPath)).map((p) => new URL(p, site).href) : [])

// Language alternates for the sitemap, found in one pass (see site/lib/sitemapAlternates.ts).
const alternates = sitemapAlternates(Object.fromEntries(locales.map((l) => [l.code, l.htmlLang])), defaultLocale, new URL('/', site).href)

export default defineConfig({
  root,
  srcDir: './site',
  publicDir: './site/public',
  outDir,
  cacheDir,
  site,
  // A draft preview is served from a folder of the CMS (see cms/preview/); the public site from /.
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Pages render four at a time, so one page's file write overlaps the next one's rendering: the
  // benchmark's 12,000-page build went from 1.55× to about 1.3× a bare Astro build (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Nothing on a patient page loads from elsewhere, and nothing is prefetched or tracked.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => {
        // Not the root chooser, untranslated fallbacks, search, or the "not found" pages of each language.
        const listed = page !== new URL('/', site).href && !fallbackPages.has(page) && !/\/(?:search|404|500)\/$/.test(page)
        if (listed) alternates.accept(page)
        return listed
      },
      serialize: (item) => ({ ...item, links: alternates.links(item.url) }),
    }),
  ],
})
