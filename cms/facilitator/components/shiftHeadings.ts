/**
 * Rich text written with its own headings (## in the file format) sits under a heading of the
 * page: its headings move down by `levels` so the outline stays in order (and a printed PDF's
 * bookmarks with it). Nothing goes below h6.
 */
export function shiftHeadings(html: string, levels: number): string {
  if (levels <= 0) return html
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`)
}
