import rss from '@astrojs/rss'
import type { APIContext } from 'astro'
import { newestFirst } from '../../lib/catalog'
import { entriesIn, settingsFor } from '../../lib/content'
import { translator } from '../../lib/i18n'
import { localeCodes, localeOf, siteDefaultLocale } from '../../lib/languages'
import { localeUrl } from '../../lib/routes'
import { documentPath } from '../../lib/sections'

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

/** The articles of one language as an RSS feed; untranslated ones stay in the original's feed. */
export async function GET(context: APIContext): Promise<Response> {
  const locale = context.params.locale ?? siteDefaultLocale
  const t = translator(locale)
  const settings = await settingsFor(locale)
  const articles = newestFirst(await entriesIn('articles', locale)).filter((a) => a.translated || locale === siteDefaultLocale)
  return rss({
    title: t('common:titleWithSite', { title: t('pages:articles.title'), site: settings.organization.name }),
    description: t('pages:articles.intro'),
    site: context.site ?? 'http://localhost:4321',
    customData: `<language>${localeOf(locale).htmlLang}</language>`,
    items: articles.map((a) => ({
      title: a.title,
      description: a.summary,
      link: localeUrl(locale, documentPath('articles', a.slug)),
      pubDate: new Date(a.publishedOn),
    })),
  })
}
