import type { APIContext } from 'astro'

export function GET(context: APIContext): Response {
  const sitemap = new URL('sitemap-index.xml', context.site ?? 'http://localhost:4321').href
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
