/**
 * The site's only client script: runs a search against Pagefind's index for the page's language
 * (Pagefind picks it from <html lang>) and lists the results. Reads the query from the address,
 * so a search is a plain GET form that works with the back button and can be bookmarked.
 */
import { withBase } from '../lib/routes'
import { searchQueryFrom, searchVariants, type SearchFilter } from '../lib/search'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
}

interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindResultData>
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string, options?: { filters?: Partial<Record<SearchFilter, string>> }) => Promise<{ results: PagefindResult[] } | null>
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLOListElement>('[data-search-results]')

const message = (name: string, term = '', count = 0): string => (form?.dataset[name] ?? '').replace('{count}', String(count)).replace('{term}', term)

async function loadPagefind(): Promise<Pagefind> {
  const url = new URL(withBase('/pagefind/pagefind.js'), window.location.href).href
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
  await pagefind.options({ excerptLength: 24 })
  await pagefind.init()
  return pagefind
}

/** Runs every form of the term (as typed, misspellings corrected) and merges the results, best first. */
async function find(pagefind: Pagefind, term: string, filters: Partial<Record<SearchFilter, string>>, locale: string): Promise<PagefindResult[]> {
  const seen = new Map<string, PagefindResult>()
  for (const variant of searchVariants(term, locale)) {
    const found = await pagefind.search(variant, { filters })
    for (const result of found?.results ?? []) if (!seen.has(result.id)) seen.set(result.id, result)
  }
  return [...seen.values()]
}

function render(results: PagefindResultData[]): void {
  if (!list) return
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li')
      const heading = document.createElement('h2')
      const link = document.createElement('a')
      link.href = result.url
      link.textContent = result.meta.title ?? result.url
      heading.append(link)
      const excerpt = document.createElement('p')
      // Pagefind's excerpt is our own page text with <mark> around the matches.
      excerpt.innerHTML = result.excerpt
      item.append(heading, excerpt)
      return item
    }),
  )
}

async function run(): Promise<void> {
  if (!form || !status || !list) return
  const params = new URLSearchParams(window.location.search)
  const query = searchQueryFrom(params)
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')
  if (input) input.value = query.term
  for (const [name, value] of Object.entries(query.filters)) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)
    if (select) select.value = value
  }
  if (!query.term) {
    status.textContent = message('msgEmpty')
    return
  }
  status.textContent = message('msgSearching')
  try {
    const pagefind = await loadPagefind()
    const results = await find(pagefind, query.term, query.filters, form.dataset.locale ?? document.documentElement.lang)
    const data = await Promise.all(results.slice(0, 30).map((r) => r.data()))
    render(data)
    status.textContent = results.length === 0 ? message('msgNone', query.term) : message(results.length === 1 ? 'msgResult' : 'msgResults', query.term, results.length)
  } catch {
    status.textContent = message('msgUnavailable')
  }
}

void run()
