import { markdownBlocks } from './markdownBlocks'
import { plainText } from './plainText'
import type { TextUnit } from './textUnits'

/** Front-matter keys whose strings name something rather than say something. */
const labelKeys = new Set(['title', 'name'])
/** Keys that hold codes, not words a reader sees: a fixed-list value, or a CMS array row's id. */
const codeKeys = new Set(['kind', 'id'])

/** Every string of a document's localized fields, with its path. */
export function fieldUnits(fields: Record<string, unknown>): TextUnit[] {
  const units: TextUnit[] = []
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const key = [...path].reverse().find((p): p is string => typeof p === 'string')
      if (key && codeKeys.has(key)) return
      const text = plainText(value)
      if (text) units.push({ text, path, kind: key && labelKeys.has(key) ? 'label' : 'prose' })
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
    }
  }
  walk(fields, [])
  return units
}

/** The reader-facing text of a Markdown body: one unit per paragraph, item, heading or cell. */
export function bodyUnits(markdown: string, path: (string | number)[] = ['body']): TextUnit[] {
  const units: TextUnit[] = []
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'code') continue
    if (block.cells) {
      for (const cell of block.cells) {
        const text = plainText(cell)
        if (text) units.push({ text, path, line: block.line, kind: block.header ? 'label' : 'prose' })
      }
      continue
    }
    const text = plainText(block.raw)
    if (text) units.push({ text, path, line: block.line, kind: block.kind === 'heading' ? 'label' : 'prose' })
  }
  return units
}
