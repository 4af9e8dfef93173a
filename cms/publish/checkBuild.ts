import { existsSync, readdirSync, readFileSync } from 'node:fs'
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

/**
 * True when a page would make the browser fetch anything from another origin: a script, image,
 * frame, media or stylesheet by absolute address, or a link that preloads or preconnects.
 * (Ordinary links, canonical and hreflang addresses fetch nothing.)
 */
export function loadsFromElsewhere(html: string): boolean {
  const external = /^(?:https?:)?\/\//i
  for (const match of html.matchAll(/<(script|img|iframe|source|video|audio|embed|object|track)\b[^>]*?\s(?:src|srcset|data|poster)="([^"]*)"/gi)) {
    if (external.test(match[2]!.trim())) return true
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0]
    const rel = /\srel="([^"]*)"/i.exec(tag)?.[1] ?? ''
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1] ?? ''
    if (rel.split(/\s+/).some((r) => loadingLinks.test(r)) && external.test(href)) return true
  }
  return /url\(\s*['"]?(?:https?:)?\/\//i.test(html) || /@import\s+['"]?(?:url\()?['"]?(?:https?:)?\/\//i.test(html)
}

/**
 * Checks a freshly built site before it replaces the live one: the pages every visitor needs
 * exist, search has an index for every language, and no page but search carries a script.
 * Returns the problems found (none means the site may go live).
 */
export function checkBuild(dir: string, localeCodes: readonly string[], searchLanguages: readonly string[]): string[] {
  const problems: string[] = []
  const required = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', ...localeCodes.flatMap((code) => [`${code}/index.html`, `${code}/help/index.html`, `${code}/search/index.html`, `${code}/rss.xml`])]
  for (const file of required) if (!existsSync(path.join(dir, file))) problems.push(`${file} is missing`)
  for (const code of localeCodes) if (!searchLanguages.includes(code)) problems.push(`search has no index for "${code}"`)
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(path.join(dir, file), 'utf8')
    const isSearch = /(^|\/)search\/index\.html$/.test(file)
    if (!isSearch && /<script\b/i.test(html)) problems.push(`${file} carries a script; only the search page may`)
    if (loadsFromElsewhere(html)) problems.push(`${file} loads something from another site`)
    if (!/<html lang="[^"]+" dir="(?:ltr|rtl)"/.test(html)) problems.push(`${file} does not declare its language and direction`)
  }
  return problems
}
