import { withBase } from './routes'

/**
 * Tidies rich text rendered by the CMS for a page with a strict Content-Security-Policy: drops
 * empty class/style attributes (Lexical writes `style=""` on list items) and any inline style,
 * keeps outbound links from telling other sites where the reader came from, and puts the site's
 * own media under its base address (a draft preview is served from a folder of the CMS).
 */
export function cleanBodyHtml(html: string, base?: string): string {
  return html
    .replace(/(<(?:img|a)\s[^>]*?\b(?:src|href)=")\/media\//g, (_match, start: string) => `${start}${withBase('/media/', base)}`)
    .replace(/\s+(?:class|style)="\s*"/g, '')
    .replace(/\s+style="[^"]*"/g, '')
    .replace(/<a\s([^>]*?)>/g, (tag: string, attributes: string) => {
      const external = /href="(?:https?:)?\/\//.test(attributes)
      if (!external || /\brel=/.test(attributes)) return tag
      return `<a ${attributes.trim()} rel="noopener noreferrer">`
    })
    .replace(/<(\w+)\s*\n\s*/g, '<$1 ')
    .replace(/\s*\n\s*>/g, '>')
}
