import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** Every HTML file under a folder, as paths relative to it. */
export function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full, base)
    return entry.name.endsWith('.html') ? [path.relative(base, full)] : []
  })
}

const loadingLinks = /^(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest)$/i

interface StartTag {
  name: string
  attributes: Map<string, string>
}

// A start tag with its attributes, quoted values whole: a "<script>" inside an attribute value
// (a page description that quotes one) is part of the value, not a tag.
const startTagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** The attributes of a start tag (the text after its name), names in lower case. */
function attributesOf(raw: string): Map<string, string> {
  return new Map([...raw.matchAll(attributePattern)].map((a) => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']))
}

/** Every start tag of a page, in order. Text never holds a raw "<" before a letter: Astro escapes it. */
export function startTags(html: string): StartTag[] {
  return [...html.matchAll(startTagPattern)].map((match) => ({ name: match[1]!.toLowerCase(), attributes: attributesOf(match[2] ?? '') }))
}

const external = /^(?:https?:)?\/\//i
const cssLoadsFromElsewhere = (css: string) => /url\(\s*['"]?(?:https?:)?\/\//i.test(css) || /@import\s+['"]?(?:url\()?['"]?(?:https?:)?\/\//i.test(css)
const fetchingElements = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'input'])

/** Whether one start tag makes the browser fetch from another origin. */
function tagLoadsFromElsewhere(name: string, attributes: Map<string, string>): boolean {
  if (fetchingElements.has(name)) {
    for (const key of ['src', 'data', 'poster']) if (external.test(attributes.get(key)?.trim() ?? '')) return true
    const srcset = attributes.get('srcset')
    if (srcset && srcset.split(',').some((candidate) => external.test(candidate.trim()))) return true
  }
  if (name === 'link') {
    const rel = attributes.get('rel') ?? ''
    if (rel.split(/\s+/).some((r) => loadingLinks.test(r)) && external.test(attributes.get('href') ?? '')) return true
  }
  return cssLoadsFromElsewhere(attributes.get('style') ?? '')
}

/**
 * What the check needs to know of a page, from one pass over its start tags: how many scripts it
 * carries, and whether it would make the browser fetch anything from another origin (a script,
 * image, frame, media or stylesheet by absolute address, a link that preloads or preconnects, or
 * CSS in a style element or attribute that imports or points at another site). Ordinary links,
 * canonical and hreflang addresses fetch nothing; text that merely mentions an address is text.
 */
export function scanPage(html: string): { scripts: number; loadsFromElsewhere: boolean } {
  let scripts = 0
  let elsewhere = false
  for (const match of html.matchAll(startTagPattern)) {
    const name = match[1]!.toLowerCase()
    if (name === 'script') scripts++
    if (elsewhere) continue
    const raw = match[2] ?? ''
    // Most tags (div, p, a, li…) fetch nothing; their attributes are read only if they carry a style.
    if (!fetchingElements.has(name) && name !== 'link' && !/style/i.test(raw)) continue
    if (tagLoadsFromElsewhere(name, attributesOf(raw))) elsewhere = true
  }
  if (!elsewhere && html.includes('<style')) for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (cssLoadsFromElsewhere(style[1] ?? '')) elsewhere = true
  return { scripts, loadsFromElsewhere: elsewhere }
}

export function loadsFromElsewhere(html: string): boolean {
  return scanPage(html).loadsFromElsewhere
}

/** The problems of one built page: a script where none may be, anything from another site, no language. */
function pageProblems(file: string, html: string): string[] {
  const problems: string[] = []
  const { scripts, loadsFromElsewhere: elsewhere } = scanPage(html)
  if (scripts > 0 && !/(^|\/)search\/index\.html$/.test(file)) problems.push(`${file} carries a script; only the search page may`)
  if (elsewhere) problems.push(`${file} loads something from another site`)
  if (!/<html lang="[^"]+" dir="(?:ltr|rtl)"/.test(html)) problems.push(`${file} does not declare its language and direction`)
  return problems
}

/** The pages every visitor needs, and a search index for every language. */
export function checkSiteFiles(dir: string, localeCodes: readonly string[], searchLanguages: readonly string[]): string[] {
  const problems: string[] = []
  const required = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', ...localeCodes.flatMap((code) => [`${code}/index.html`, `${code}/help/index.html`, `${code}/search/index.html`, `${code}/rss.xml`])]
  for (const file of required) if (!existsSync(path.join(dir, file))) problems.push(`${file} is missing`)
  for (const code of localeCodes) if (!searchLanguages.includes(code)) problems.push(`search has no index for "${code}"`)
  return problems
}

/**
 * Checks every built page (see pageProblems), reading them asynchronously and yielding now and
 * then, so it can run while Pagefind indexes the same pages in its own process.
 */
export async function checkPages(dir: string): Promise<{ pages: number; problems: string[] }> {
  const files = htmlFiles(dir)
  const problems: string[] = []
  const batch = 64
  for (let i = 0; i < files.length; i += batch) {
    const slice = files.slice(i, i + batch)
    const texts = await Promise.all(slice.map((file) => readFile(path.join(dir, file), 'utf8')))
    slice.forEach((file, j) => problems.push(...pageProblems(file, texts[j]!)))
  }
  return { pages: files.length, problems }
}

/**
 * Checks a freshly built site before it replaces the live one: the pages every visitor needs
 * exist, search has an index for every language, and no page but search carries a script.
 * Returns the problems found (none means the site may go live).
 */
export function checkBuild(dir: string, localeCodes: readonly string[], searchLanguages: readonly string[]): string[] {
  const problems = checkSiteFiles(dir, localeCodes, searchLanguages)
  for (const file of htmlFiles(dir)) problems.push(...pageProblems(file, readFileSync(path.join(dir, file), 'utf8')))
  return problems
}
