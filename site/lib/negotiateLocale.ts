/**
 * Picks the site locale a browser asks for in its Accept-Language header ("es-MX,es;q=0.9,en;q=0.8"),
 * or `fallback` when it asks for none we have. Used by the server for the root address; the root
 * page itself is a plain list of links, so no script or refresh is ever needed.
 */
export function negotiateLocale(acceptLanguage: string | undefined, available: readonly string[], fallback: string): string {
  if (!acceptLanguage) return fallback
  const wanted = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((w) => w.tag && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  const lower = available.map((code) => code.toLowerCase())
  for (const { tag } of wanted) {
    if (tag === '*') return fallback
    const exact = lower.indexOf(tag)
    if (exact >= 0) return available[exact]!
    const primary = lower.indexOf(tag.split('-')[0]!)
    if (primary >= 0) return available[primary]!
  }
  return fallback
}
