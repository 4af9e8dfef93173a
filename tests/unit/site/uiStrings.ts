import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

/**
 * The UI string check behind tests/unit/site/uiStrings.test.ts: every i18n key exists in every
 * locale, every key is used, every key used exists, and templates (the site's .astro files, the
 * facilitator workspace's .tsx files) hold no hard-coded text.
 */

const pluralSuffix = /_(?:zero|one|two|few|many|other)$/

/** i18n/<locale>/<namespace>.json flattened to "namespace:a.b.c" (plural forms folded into their key). */
export function readCatalogs(i18nDir: string): Map<string, Set<string>> {
  const catalogs = new Map<string, Set<string>>()
  for (const locale of readdirSync(i18nDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const keys = new Set<string>()
    for (const file of readdirSync(path.join(i18nDir, locale)).filter((f) => f.endsWith('.json'))) {
      const namespace = file.replace(/\.json$/, '')
      const walk = (value: unknown, prefix: string) => {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k)
        } else keys.add(`${namespace}:${prefix.replace(pluralSuffix, '')}`)
      }
      walk(JSON.parse(readFileSync(path.join(i18nDir, locale, file), 'utf8')), '')
    }
    catalogs.set(locale, keys)
  }
  return catalogs
}

export function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full, extensions)
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [full] : []
  })
}

/** Keys named in source as string literals: 'namespace:key.path'. */
export function usedKeys(files: readonly string[], namespaces: readonly string[]): Map<string, string[]> {
  const pattern = new RegExp(`['"\`]((?:${namespaces.join('|')}):[A-Za-z0-9_.-]+)['"\`]`, 'g')
  const used = new Map<string, string[]>()
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) used.set(match[1]!, [...(used.get(match[1]!) ?? []), file])
  }
  return used
}

interface Node {
  type?: string
  [key: string]: unknown
}

const textAttributes = new Set(['title', 'alt', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'label'])
const hasWords = (text: string) => /\p{L}/u.test(text)

function elementName(node: Node): string {
  const opening = node.openingElement as Node | undefined
  const name = opening?.name as Node | undefined
  return typeof name?.name === 'string' ? name.name : ''
}

/** String literals an expression would render as text: `'Hi'`, `a ? 'Yes' : 'No'`, `a && 'Hi'`. */
function renderedLiterals(expression: Node | undefined): string[] {
  if (!expression) return []
  if (expression.type === 'Literal' && typeof expression.value === 'string') return [expression.value]
  if (expression.type === 'TemplateLiteral') return ((expression.quasis as Node[]) ?? []).map((q) => String((q.value as { cooked?: string })?.cooked ?? ''))
  if (expression.type === 'ConditionalExpression') return [...renderedLiterals(expression.consequent as Node), ...renderedLiterals(expression.alternate as Node)]
  if (expression.type === 'LogicalExpression') return renderedLiterals(expression.right as Node)
  return []
}

/** Text in a template that does not come from i18n: literal text, text attributes, rendered string literals. */
export function hardCodedText(ast: Node): string[] {
  const found: string[] = []
  const visit = (node: unknown, parent?: Node): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent)
      return
    }
    if (!node || typeof node !== 'object') return
    const current = node as Node
    if (current.type === 'JSXElement' && ['style', 'script'].includes(elementName(current))) return
    if (current.type === 'JSXText' && typeof current.value === 'string' && hasWords(current.value)) found.push(current.value.trim())
    if (current.type === 'JSXAttribute') {
      const name = (current.name as Node | undefined)?.name
      const value = current.value as Node | null
      if (typeof name === 'string' && textAttributes.has(name) && value?.type === 'Literal' && typeof value.value === 'string' && hasWords(value.value)) found.push(`${name}="${value.value}"`)
      if (value?.type === 'JSXExpressionContainer') visit(value.expression, current)
      return
    }
    if (current.type === 'JSXExpressionContainer' && parent?.type !== 'JSXAttribute') {
      for (const literal of renderedLiterals(current.expression as Node)) if (hasWords(literal)) found.push(`{'${literal}'}`)
    }
    for (const [key, value] of Object.entries(current)) if (key !== 'type') visit(value, current)
  }
  visit(ast.body)
  return found
}

interface AstroCompiler {
  parse: (source: string) => { ast: Node; diagnostics: unknown[] }
}

/** Astro's own parser, found through the astro package that depends on it. */
export async function loadAstroParser(): Promise<AstroCompiler['parse']> {
  const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'))
  const compiler = (await import(pathToFileURL(fromAstro.resolve('@astrojs/compiler-rs')).href)) as AstroCompiler
  return compiler.parse
}

/** String literals a JSX expression would render as text, as the Astro check reads them. */
function renderedTsxLiterals(expression: ts.Expression | undefined): string[] {
  if (!expression) return []
  if (ts.isParenthesizedExpression(expression)) return renderedTsxLiterals(expression.expression)
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text]
  if (ts.isTemplateExpression(expression)) return [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)]
  if (ts.isConditionalExpression(expression)) return [...renderedTsxLiterals(expression.whenTrue), ...renderedTsxLiterals(expression.whenFalse)]
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)) {
    return renderedTsxLiterals(expression.right)
  }
  return []
}

function tsxTagName(node: ts.JsxElement | ts.JsxSelfClosingElement): string {
  return (ts.isJsxElement(node) ? node.openingElement.tagName : node.tagName).getText()
}

/**
 * Text in a React (.tsx) template that does not come from i18n: literal JSX text, text
 * attributes and props given as string literals (title, alt, aria-label, label…), and string
 * literals rendered from an expression. Parsed with TypeScript's own parser.
 */
export function hardCodedTsxText(source: string, fileName = 'template.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) && ['style', 'script'].includes(tsxTagName(node))) return
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim())
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText()
      const value = node.initializer
      if (value && ts.isStringLiteral(value) && textAttributes.has(name) && hasWords(value.text)) found.push(`${name}="${value.text}"`)
      return
    }
    if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) {
      for (const literal of renderedTsxLiterals(node.expression)) if (hasWords(literal)) found.push(`{'${literal}'}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}
