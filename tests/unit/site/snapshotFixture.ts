import type { SiteSnapshot } from '../../../site/lib/siteSnapshot'

/** A tiny published snapshot in two locales; the Spanish article is not translated. */
export function sampleSnapshot(): SiteSnapshot {
  const condition = (name: string) => ({ id: 1, slug: 'anxiety', name, description: 'd', updatedAt: '', createdAt: '', _status: 'published', workflowState: 'published' })
  const locale = (code: 'en' | 'es', translated: boolean) => ({
    settings: { id: 1, organization: { name: code === 'en' ? 'Program' : 'Programa' }, crisisResources: [{ name: '988', description: 'Call', phone: '988' }], navigation: [], createdAt: 'x', updatedAt: 'x' },
    conditions: [{ ...condition(code === 'en' ? 'Anxiety' : 'Ansiedad'), translated: true }],
    psychoeducation: [
      {
        id: 7,
        slug: 'understanding-anxiety',
        title: code === 'en' ? 'Understanding anxiety' : 'Entender la ansiedad',
        summary: 's',
        tryThis: 't',
        audience: 'all',
        conditions: [condition(code === 'en' ? 'Anxiety' : 'Ansiedad')],
        reviewedBy: 3,
        workflowState: 'published',
        _status: 'published',
        createdAt: 'c',
        updatedAt: 'u',
        bodyHtml: '<p style="">Body</p>',
        translated: true,
      },
    ],
    family: [],
    holistic: [],
    articles: [{ id: 2, slug: 'new', title: 'New', summary: 's', kind: 'explainer', publishedOn: '2026-01-01T12:00:00.000Z', audience: 'all', conditions: [], bodyHtml: '', translated, updatedAt: '', createdAt: '' }],
    programs: [],
  })
  return {
    generatedAt: '2026-11-23T00:00:00.000Z',
    defaultLocale: 'en',
    locales: [
      { code: 'en', label: 'English', dir: 'ltr', htmlLang: 'en' },
      { code: 'es', label: 'Español', dir: 'ltr', htmlLang: 'es' },
    ],
    byLocale: { en: locale('en', true), es: locale('es', false) },
  } as unknown as SiteSnapshot
}
