import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

// Lexical registers these itself, whatever the features.
const lexicalBuiltIns = ['root', 'paragraph', 'text', 'linebreak', 'tab']
const typesByEditor = new WeakMap<object, Set<string>>()

/** The node types an editor (its sanitized config) can open and render. */
export function nodeTypesOf(editorConfig: SanitizedServerEditorConfig): Set<string> {
  let types = typesByEditor.get(editorConfig)
  if (!types) {
    const nodes = getEnabledNodes({ editorConfig })
    types = new Set([...lexicalBuiltIns, ...nodes.map((node) => ('replace' in node ? node.replace : node).getType())])
    typesByEditor.set(editorConfig, types)
  }
  return types
}

/** The first node of a type not in `known`, depth first, or undefined when there is none. */
export function unknownNodeType(node: unknown, known: ReadonlySet<string>): string | undefined {
  if (!node || typeof node !== 'object') return '(no type)'
  const { type, children } = node as { type?: unknown; children?: unknown }
  if (typeof type !== 'string' || !known.has(type)) return typeof type === 'string' ? type : '(no type)'
  if (!Array.isArray(children)) return undefined
  for (const child of children) {
    const found = unknownNodeType(child, known)
    if (found !== undefined) return found
  }
  return undefined
}

/** A copy of `node` without the nodes of types not in `known` (and what they hold). */
export function knownNodesOnly<T>(node: T, known: ReadonlySet<string>): T {
  const { children } = node as { children?: unknown }
  if (!Array.isArray(children)) return node
  const isKnown = (child: unknown) => Boolean(child) && typeof child === 'object' && known.has(String((child as { type?: unknown }).type))
  return { ...node, children: children.filter(isKnown).map((child: unknown) => knownNodesOnly(child, known)) }
}
