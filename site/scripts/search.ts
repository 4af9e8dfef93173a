/**
 * The site's only client script: runs a search against Pagefind's index for the page's language
 * (Pagefind picks it from <html lang>) and lists the results.
 *
 * The search box is a plain GET form, so without script, a bookmark or the back button it still
 * works: the query comes from the address. With script, Pagefind is loaded as the page opens, the
 * index chunks for the words are fetched while the reader types, and a submit searches in place
 * (the address is updated with the same query string the form would send), so the results appear
 * without loading the page again. The first results are shown as soon as they are ready.
 */
import { withBase } from '../lib/routes'
import { searchQueryFrom, searchVariants, type SearchFilter, type SearchQuery } from '../lib/search'

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
  preload: (term: string, options?: { filters?: Partial<Record<SearchFilter, string>> }) => Promise<void>
  search: (term: string, options?: { filters?: Partial<Record<SearchFilter, string>> }) => Promise<{ results: PagefindResult[] } | null>
}

/** How many results are shown at once when they first come in, and in all. */
const firstBatch = 5
const shown = 30

const form = document.querySelector<HTMLFormElement>('[data-search-form]')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLOListElement>('[data-search-results]')
const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
const locale = form?.dataset.locale ?? document.documentElement.lang

const message = (name: string, term = '', count = 0): string => (form?.dataset[name] ?? '').replace('{count}', String(count)).replace('{term}', term)

let pagefindLoading: Promise<Pagefind> | undefined
function pagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const url = new URL(withBase('/pagefind/pagefind.js'), window.location.href).href
    const loaded = (await import(/* @vite-ignore */ url)) as Pagefind
    await loaded.options({ excerptLength: 24 })
    await loaded.init()
    return loaded
  })()
  return pagefindLoading
}

/** Runs every form of the term (as typed, misspellings corrected) and merges the results, best first. */
async function find(engine: Pagefind, term: string, filters: Partial<Record<SearchFilter, string>>): Promise<PagefindResult[]> {
  const found = await Promise.all(searchVariants(term, locale).map((variant) => engine.search(variant, { filters })))
  const seen = new Map<string, PagefindResult>()
  for (const results of found) for (const result of results?.results ?? []) if (!seen.has(result.id)) seen.set(result.id, result)
  return [...seen.values()]
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li')
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = result.url
  link.textContent = result.meta.title ?? result.url
  heading.append(link)
  const excerpt = document.createElement('p')
  // Pagefind's excerpt is our own page text, escaped, with <mark> around the matches.
  excerpt.innerHTML = result.excerpt
  item.append(heading, excerpt)
  return item
}

/** A newer search supersedes an older one that is still loading. */
let current = 0

async function show(query: SearchQuery): Promise<void> {
  if (!form || !status || !list) return
  const run = ++current
  if (input) input.value = query.term
  for (const select of form.querySelectorAll<HTMLSelectElement>('select')) select.value = query.filters[select.name as SearchFilter] ?? ''
  if (!query.term) {
    list.replaceChildren()
    list.setAttribute('aria-busy', 'false')
    status.textContent = message('msgEmpty')
    return
  }
  status.textContent = message('msgSearching')
  // Screen readers (and the tests) wait for the whole list rather than announcing the first batch.
  list.setAttribute('aria-busy', 'true')
  try {
    const results = await find(await pagefind(), query.term, query.filters)
    if (run !== current) return
    const first = await Promise.all(results.slice(0, firstBatch).map((r) => r.data()))
    if (run !== current) return
    list.replaceChildren(...first.map(resultItem))
    status.textContent = results.length === 0 ? message('msgNone', query.term) : message(results.length === 1 ? 'msgResult' : 'msgResults', query.term, results.length)
    const rest = await Promise.all(results.slice(firstBatch, shown).map((r) => r.data()))
    if (run !== current) return
    list.append(...rest.map(resultItem))
    list.setAttribute('aria-busy', 'false')
  } catch {
    if (run !== current) return
    status.textContent = message('msgUnavailable')
    list.setAttribute('aria-busy', 'false')
  }
}

/** The query string the form would send, so the address is the same as without script. */
function queryString(): string {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form ?? undefined)) if (typeof value === 'string' && value.trim()) params.set(name, value.trim())
  return params.toString()
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const search = queryString()
    window.history.pushState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
    void show(searchQueryFrom(new URLSearchParams(search)))
  })
  // Fetch the index chunks for the words while they are typed, so the search itself is quick
  // (Pagefind fetches each chunk once; a chunk covers many words with the same beginning).
  input.addEventListener('input', () => {
    const term = input.value.trim()
    if (term) void pagefind().then((engine) => Promise.all(searchVariants(term, locale).map((variant) => engine.preload(variant)))).catch(() => undefined)
  })
  window.addEventListener('popstate', () => void show(searchQueryFrom(new URLSearchParams(window.location.search))))
  void show(searchQueryFrom(new URLSearchParams(window.location.search)))
  void pagefind().catch(() => undefined)
}
