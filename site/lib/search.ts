/** The Pagefind filters every indexed page declares, and the search form offers. */
export const searchFilters = {
  type: 'type',
  audience: 'audience',
  condition: 'condition',
} as const

export type SearchFilter = keyof typeof searchFilters

/** Read from the search page's query string: the words and any chosen filters. */
export interface SearchQuery {
  term: string
  filters: Partial<Record<SearchFilter, string>>
}

export function searchQueryFrom(params: URLSearchParams): SearchQuery {
  const filters: Partial<Record<SearchFilter, string>> = {}
  for (const name of Object.keys(searchFilters) as SearchFilter[]) {
    const value = params.get(name)?.trim()
    if (value) filters[name] = value
  }
  return { term: (params.get('q') ?? '').trim().slice(0, 200), filters }
}

/**
 * Forms of a search term that find what a reader meant: the term as typed, then with known
 * misspellings (and missing accents) corrected for the page's language, so "depresion" also
 * searches "depresión" and "anxeity" also searches "anxiety". Results of all forms are merged.
 */
export function searchVariants(term: string, locale: string, corrections: Readonly<Record<string, Readonly<Record<string, string>>>> = commonMisspellings): string[] {
  const typed = term.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!typed) return []
  const table = corrections[locale] ?? {}
  const corrected = typed
    .split(' ')
    .map((word) => table[stripAccents(word)] ?? word)
    .join(' ')
  return [...new Set([typed, corrected])]
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

/** Per language: misspelled or unaccented words (accents stripped) and the word people meant. */
export const commonMisspellings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    anxeity: 'anxiety',
    anxity: 'anxiety',
    axiety: 'anxiety',
    anziety: 'anxiety',
    depresion: 'depression',
    depresssion: 'depression',
    deppression: 'depression',
    ptds: 'ptsd',
    truama: 'trauma',
    addiction: 'substance use',
    adiction: 'substance use',
    addict: 'substance use',
    alcohal: 'alcohol',
    alchohol: 'alcohol',
    alcahol: 'alcohol',
    sucide: 'suicide',
    suicde: 'suicide',
    eatting: 'eating',
    anorexia: 'eating disorder',
    bulimia: 'eating disorder',
    insomnia: 'sleep',
  },
  es: {
    anciedad: 'ansiedad',
    ansieda: 'ansiedad',
    depresion: 'depresión',
    deprecion: 'depresión',
    depre: 'depresión',
    adiccion: 'consumo',
    adicto: 'consumo',
    drogadiccion: 'consumo',
    alcol: 'alcohol',
    suisidio: 'suicidio',
    trauma: 'trauma',
    estres: 'estrés',
    panico: 'pánico',
    recaida: 'recaída',
    habitos: 'hábitos',
    sueno: 'sueño',
    insomnio: 'sueño',
    terapia: 'terapia',
    familia: 'familia',
    anorexia: 'alimentación',
    bulimia: 'alimentación',
  },
}
