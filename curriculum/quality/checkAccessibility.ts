import type { LocaleCode } from '../locales'
import type { QualityFinding, QualitySeverity } from './findings'
import { markdownBlocks } from './markdownBlocks'
import { plainText } from './plainText'

/**
 * Link text that says nothing about where the link goes: a screen-reader user who lists the
 * links on a page hears only this. Errors for "here"; warnings for vague but common phrases.
 */
const vagueLinkText: Record<LocaleCode, { error: string[]; warning: string[] }> = {
  en: {
    error: ['here', 'click here', 'click', 'tap here', 'go here', 'this link', 'link', 'this'],
    warning: ['read more', 'more', 'learn more', 'more info', 'more information', 'this page', 'website', 'details'],
  },
  es: {
    error: ['aquí', 'aqui', 'acá', 'haga clic aquí', 'haz clic aquí', 'clic aquí', 'pulse aquí', 'presione aquí', 'toque aquí', 'este enlace', 'enlace', 'este link', 'link', 'esto'],
    warning: ['más', 'leer más', 'ver más', 'más información', 'saber más', 'esta página', 'sitio web', 'detalles'],
  },
}

const genericAlt = /^(?:image|picture|photo|graphic|icon|imagen|foto|fotografía|gráfico|icono|ícono)(?:\s*\d*)$|\.(?:png|jpe?g|gif|webp|svg|avif)$/i

const inlineLink = /(!?)\[((?:[^\]\\]|\\.)*)\]\(((?:[^()\s]|\([^)]*\))*)(?:\s+"[^"]*")?\)/g
const htmlImage = /<img\b[^>]*>/gi

function normalizeLinkText(text: string): string {
  return plainText(text).toLowerCase().replace(/[.,:;!?¡¿"“”'’«»()]/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * Accessibility of a Markdown body as a reader meets it: headings in order from ## (the page
 * title is the only level-1 heading), link text that names its target, tables with a header
 * row, and images with alt text.
 */
export function checkAccessibility(markdown: string, locale: LocaleCode, path: (string | number)[] = ['body']): QualityFinding[] {
  const findings: QualityFinding[] = []
  const field = path.join('.')
  const add = (rule: string, severity: QualitySeverity, line: number, message: string, suggestion?: string) =>
    findings.push({ check: 'accessibility', rule, severity, locale, field, path, line, message, ...(suggestion && { suggestion }) })

  let previousDepth = 1
  let previousBlock: string | undefined
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'heading') {
      const depth = block.depth ?? 2
      const hashes = '#'.repeat(depth)
      if (plainText(block.raw) === '') add('heading-empty', 'error', block.line, 'This heading has no text.', 'Give it a short name for the section, or remove it.')
      if (depth === 1) {
        add('heading-level-1', 'error', block.line, `"# ${plainText(block.raw)}" is a level-1 heading, but the page title is the only level-1 heading.`, 'Start body headings at ## and go down one level at a time.')
      } else if (depth > previousDepth + 1) {
        add('heading-order', 'error', block.line, `"${hashes} ${plainText(block.raw)}" skips from level ${previousDepth} to level ${depth}; screen-reader users navigate by these levels.`, `Use ${'#'.repeat(previousDepth + 1)} here, or add the missing level above it.`)
      }
      previousDepth = depth
    }
    if (block.kind === 'table-row' && block.header && (block.cells ?? []).every((cell) => plainText(cell) === '')) {
      add('table-header', 'error', block.line, 'This table has an empty header row, so its columns have no names.', 'Name each column in the first row.')
    } else if (block.kind === 'table-row' && block.header && (block.cells ?? []).some((cell) => plainText(cell) === '')) {
      add('table-header', 'warning', block.line, 'A column of this table has no name in the header row.', 'Name every column in the first row.')
    }
    if (block.kind === 'pipe-row' && previousBlock !== 'pipe-row') {
      add('table-header', 'error', block.line, 'These lines look like a table but have no header row: the separator line under the first row is missing, so it shows as plain text.', 'Put the column names in the first row and a line like "| --- | --- |" under it.')
    }
    previousBlock = block.kind
    if (block.kind === 'code') continue

    const raw = block.cells ? block.cells.join(' | ') : block.raw
    for (const match of raw.matchAll(inlineLink)) {
      const [, bang, text = '', target = ''] = match
      if (bang) {
        const alt = plainText(text)
        if (alt === '') add('image-alt', 'error', block.line, `The image "${target}" has no alt text, so screen-reader users miss it.`, 'Describe what the image shows and why it is there, in a short sentence, in this language.')
        else if (genericAlt.test(alt)) add('image-alt', 'warning', block.line, `The alt text "${alt}" does not say what the image shows.`, 'Describe what the image shows and why it is there.')
        continue
      }
      const label = normalizeLinkText(text)
      const words = vagueLinkText[locale]
      if (label === '') add('link-text', 'error', block.line, `The link to ${target} has no text.`, 'Use words that say where the link goes.')
      else if (words.error.includes(label)) add('link-text', 'error', block.line, `The link text "${plainText(text)}" does not say where it goes; out of context it means nothing.`, 'Use words that name the destination, e.g. "the 988 Lifeline website".')
      else if (words.warning.includes(label)) add('link-text', 'warning', block.line, `The link text "${plainText(text)}" is vague.`, 'Use words that name the destination.')
    }
    for (const match of raw.matchAll(htmlImage)) {
      const alt = /\balt\s*=\s*(["'])(.*?)\1/i.exec(match[0])
      if (!alt) add('image-alt', 'error', block.line, 'This image has no alt attribute, so screen-reader users miss it.', 'Add alt="…" describing what the image shows.')
    }
  }
  return findings
}
