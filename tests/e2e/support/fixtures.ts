import { hostileLine, hostileRichText, hostileText } from '../../support/injection'

/** Content the end-to-end setup adds to the shipped curricula. */
export const untranslatedArticle = {
  slug: 'only-in-english',
  title: 'A page that is only in English',
  summary: 'This article has not been translated yet, so other languages show it in English with a notice.',
  kind: 'explainer' as const,
  clinical: false,
  publishedOn: '2026-11-01T12:00:00.000Z',
  audience: 'all' as const,
}

/** An article an editor filled with hostile text and hand-made rich text (English only). */
export const hostileArticleSlug = 'hostile-article'
export function hostileArticle() {
  return {
    slug: hostileArticleSlug,
    title: hostileLine,
    summary: hostileText.join(' ').slice(0, 300),
    body: hostileRichText(),
    kind: 'explainer' as const,
    clinical: false,
    publishedOn: '2026-10-01T12:00:00.000Z',
    audience: 'all' as const,
  }
}
