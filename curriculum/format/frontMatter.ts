import { LineCounter, parseDocument, isNode, type Document } from 'yaml'

export interface ParsedFrontMatter {
  data: Record<string, unknown>
  body: string
  /** Line in the file where a front-matter field starts (1-based); falls back to the nearest parent. */
  lineOf: (path: readonly (string | number)[]) => number
}

export interface FrontMatterError {
  line: number
  reason: string
}

const FENCE = '---'

/**
 * Splits a Markdown file into its YAML front matter and body, keeping line numbers so every
 * problem can point at the line that holds it.
 */
export function parseFrontMatter(text: string): ParsedFrontMatter | FrontMatterError {
  const lines = text.split('\n')
  if (lines[0] !== FENCE) return { line: 1, reason: 'must start with a "---" line opening the front matter' }
  const close = lines.indexOf(FENCE, 1)
  if (close === -1) return { line: 1, reason: 'the front matter is never closed: add a "---" line after it' }
  const yamlText = lines.slice(1, close).join('\n')
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const firstError = doc.errors[0]
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0])
    return { line: position.line + 1, reason: `invalid YAML: ${firstError.message.split('\n')[0]}` }
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // An alias without its anchor, or an alias bomb ("billion laughs"): the parser only finds out here.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'cannot be read'
    const alias = /alias[^:]*:\s*(\S+)/i.exec(reason)?.[1]
    const at = alias ? lines.slice(1, close).findIndex((line) => line.includes(`*${alias}`)) : -1
    return { line: at >= 0 ? at + 2 : 2, reason: `invalid YAML: ${reason}` }
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { line: 2, reason: 'the front matter must be a set of "field: value" lines' }
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1
    }
    return 2
  }
  const body = lines.slice(close + 1).join('\n')
  return { data: (data ?? {}) as Record<string, unknown>, body, lineOf }
}

export function isFrontMatterError(value: ParsedFrontMatter | FrontMatterError): value is FrontMatterError {
  return 'reason' in value
}
