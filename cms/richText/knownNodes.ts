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

/** The node's type, when it is an object with one. */
const typeOf = (node: unknown): string | undefined => {
  const type = node && typeof node === 'object' ? (node as { type?: unknown }).type : undefined
  return typeof type === 'string' ? type : undefined
}
const isKnown = (node: unknown, known: ReadonlySet<string>) => known.has(typeOf(node) ?? '')

/** The first node of a type not in `known`, depth first, or undefined when there is none. */
export function unknownNodeType(node: unknown, known: ReadonlySet<string>): string | undefined {
  if (!isKnown(node, known)) return typeOf(node) ?? '(no type)'
  const { children } = node as { children?: unknown }
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
  return { ...node, children: children.filter((child) => isKnown(child, known)).map((child: unknown) => knownNodesOnly(child, known)) }
}
