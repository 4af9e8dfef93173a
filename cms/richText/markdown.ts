import {
  $convertFromMarkdownString,
  convertLexicalToMarkdown,
  editorConfigFactory,
  getEnabledNodes,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import type { SerializedEditorState } from 'lexical'
import type { SanitizedConfig } from 'payload'
import { editorFeatures } from './editorFeatures'
import { knownNodesOnly, nodeTypesOf, unknownNodeType } from './knownNodes'

export interface MarkdownConverter {
  toLexical: (markdown: string) => SerializedEditorState
  toMarkdown: (state: SerializedEditorState) => string
  /** Markdown as the editor would write it back: what export produces for this text. */
  normalize: (markdown: string) => string
}

/**
 * Payload's own Lexical ⇄ Markdown converters, configured like the editor authors use.
 *
 * Markdown goes in exactly as Payload's `convertMarkdownToLexical` does it (a headless editor
 * with the enabled nodes, `$convertFromMarkdownString` with the features' transformers, the
 * editor state as JSON), except that one headless editor is made once and reused: conversion
 * replaces the whole root each time, and building an editor per text was a third of an import's
 * conversion time. Conversion is synchronous, so two texts never share the editor at once.
 */
export async function createMarkdownConverter(config: SanitizedConfig): Promise<MarkdownConverter> {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.fromFeatures({ config, features: editorFeatures })
  const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }) })
  const toLexical = (markdown: string) => {
    editor.update(() => $convertFromMarkdownString(markdown, editorConfig.features.markdownTransformers), { discrete: true })
    return editor.getEditorState().toJSON() as unknown as SerializedEditorState
  }
  const known = nodeTypesOf(editorConfig)
  // Lexical refuses a whole state that holds a node it does not know (the CMS refuses to store
  // one, but its hooks see a save before validation does); the rest of the text still counts.
  const readable = (state: SerializedEditorState) => (unknownNodeType(state.root, known) === undefined ? state : { ...state, root: knownNodesOnly(state.root, known) })
  const toMarkdown = (state: SerializedEditorState) => convertLexicalToMarkdown({ data: readable(state), editorConfig }).replace(/\s+$/, '')
  return { toLexical, toMarkdown, normalize: (markdown) => (markdown.trim() === '' ? '' : toMarkdown(toLexical(markdown))) }
}

const converters = new WeakMap<SanitizedConfig, Promise<MarkdownConverter>>()
const converted = new WeakMap<object, string>()

/**
 * One converter per Payload config, for hooks that run on every save, with each rich-text state
 * converted once: the quality and translation hooks both read a save's body as Markdown.
 */
export async function markdownConverterFor(config: SanitizedConfig): Promise<MarkdownConverter> {
  let converter = converters.get(config)
  if (!converter) {
    converter = createMarkdownConverter(config)
    converters.set(config, converter)
  }
  const md = await converter
  return {
    ...md,
    toMarkdown: (state) => {
      const known = converted.get(state)
      if (known !== undefined) return known
      const markdown = md.toMarkdown(state)
      converted.set(state, markdown)
      return markdown
    },
  }
}

/** A rich-text value as Markdown; empty for a field left empty. */
export function richTextToMarkdown(md: MarkdownConverter, value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return md.toMarkdown(value as SerializedEditorState)
}
