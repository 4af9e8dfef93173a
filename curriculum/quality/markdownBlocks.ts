/**
 * Reads the block structure of a Markdown body line by line: just enough of CommonMark and GFM
 * (headings, paragraphs, list items, block quotes, tables, code fences) for the quality checks,
 * keeping the line each block starts on so a finding can point at it.
 */
export interface MarkdownBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'pipe-row' | 'code'
  /** 1-based line in the Markdown where the block starts. */
  line: number
  /** The block's inline Markdown, its block markers ("## ", "- ", "> ") removed. */
  raw: string
  /** Heading level, 1 to 6. */
  depth?: number
  /** Table cells, raw; `header` marks the first row of a table. */
  cells?: string[]
  header?: boolean
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/
const fence = /^ {0,3}(`{3,}|~{3,})/
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const tableDelimiter = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/
/** A line that looks like a table row: starts and ends with a pipe and has a cell between. */
const pipeRow = /^\s*\|.*\|\s*$/

function stripQuoteMarkers(line: string): string {
  return line.replace(/^(?:\s{0,3}>\s?)+/, '')
}

export function splitTableCells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

function isTableStart(line: string, next: string | undefined): boolean {
  return line.includes('|') && next !== undefined && next.includes('-') && tableDelimiter.test(next) && next.includes('|')
}

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(stripQuoteMarkers)
  const blocks: MarkdownBlock[] = []
  let paragraph: { line: number; parts: string[] } | undefined
  let item: MarkdownBlock | undefined

  const closeOpen = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', line: paragraph.line, raw: paragraph.parts.join(' ') })
    paragraph = undefined
    item = undefined
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const lineNo = i + 1
    if (line.trim() === '') {
      closeOpen()
      continue
    }
    const fenceMatch = fence.exec(line)
    if (fenceMatch) {
      closeOpen()
      const marker = fenceMatch[1] ?? '```'
      let end = i + 1
      while (end < lines.length && !(lines[end] ?? '').trimStart().startsWith(marker)) end++
      blocks.push({ kind: 'code', line: lineNo, raw: lines.slice(i + 1, end).join('\n') })
      i = end
      continue
    }
    const heading = atxHeading.exec(line)
    if (heading) {
      closeOpen()
      blocks.push({ kind: 'heading', line: lineNo, raw: (heading[2] ?? '').trim(), depth: heading[1]?.length ?? 1 })
      continue
    }
    const underline = setextUnderline.exec(line)
    if (underline && paragraph && !item) {
      blocks.push({ kind: 'heading', line: paragraph.line, raw: paragraph.parts.join(' '), depth: underline[1]?.startsWith('=') ? 1 : 2 })
      paragraph = undefined
      continue
    }
    if (thematicBreak.test(line)) {
      closeOpen()
      continue
    }
    if (isTableStart(line, lines[i + 1])) {
      closeOpen()
      blocks.push({ kind: 'table-row', line: lineNo, raw: line.trim(), cells: splitTableCells(line), header: true })
      i += 1
      while (i + 1 < lines.length && (lines[i + 1] ?? '').includes('|') && (lines[i + 1] ?? '').trim() !== '') {
        i += 1
        const row = lines[i] ?? ''
        blocks.push({ kind: 'table-row', line: i + 1, raw: row.trim(), cells: splitTableCells(row), header: false })
      }
      continue
    }
    if (pipeRow.test(line) && !paragraph && !item) {
      blocks.push({ kind: 'pipe-row', line: lineNo, raw: line.trim(), cells: splitTableCells(line) })
      continue
    }
    const listMatch = listItem.exec(line)
    if (listMatch) {
      closeOpen()
      item = { kind: 'list-item', line: lineNo, raw: (listMatch[1] ?? '').trim() }
      blocks.push(item)
      continue
    }
    if (item) {
      // A continuation line of the current list item.
      item.raw = `${item.raw} ${line.trim()}`
      continue
    }
    if (paragraph) paragraph.parts.push(line.trim())
    else paragraph = { line: lineNo, parts: [line.trim()] }
  }
  closeOpen()
  return blocks
}
