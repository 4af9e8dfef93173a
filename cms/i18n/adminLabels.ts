/** The i18n key of each collection's name in the admin's custom views (keys written out, so the UI-string check sees them). */
const collectionLabelKeys: Readonly<Record<string, string>> = {
  programs: 'admin:collections.programs',
  'session-scripts': 'admin:collections.session-scripts',
  'psychoeducation-modules': 'admin:collections.psychoeducation-modules',
  'family-modules': 'admin:collections.family-modules',
  'holistic-exercises': 'admin:collections.holistic-exercises',
  articles: 'admin:collections.articles',
  conditions: 'admin:collections.conditions',
  media: 'admin:collections.media',
}

export function collectionLabelKey(collection: string): string {
  return collectionLabelKeys[collection] ?? 'admin:collections.unknown'
}
