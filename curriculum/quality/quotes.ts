/**
 * Spans of text inside quotation marks (“…”, «…», "…"), as [start, end) offsets of the
 * quoted text. Single quotes are left out: they double as apostrophes.
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  let open: { char: string; at: number } | undefined
  const closes: Record<string, string> = { '“': '”', '«': '»', '"': '"' }
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? ''
    if (open) {
      if (char === closes[open.char]) {
        spans.push([open.at + 1, i])
        open = undefined
      }
    } else if (char in closes) {
      open = { char, at: i }
    }
  }
  return spans
}

export function isInside(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([from, to]) => start >= from && end <= to)
}
