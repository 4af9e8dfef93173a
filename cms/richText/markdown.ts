import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from 'lexical'
import type { SanitizedConfig } from 'payload'
import { editorFeatures } from './editorFeatures'

export interface MarkdownConverter {
  toLexical: (markdown: string) => SerializedEditorState
  toMarkdown: (state: SerializedEditorState) => string
  /** Markdown as the editor would write it back: what export produces for this text. */
  normalize: (markdown: string) => string
}

/** Payload's own Lexical ⇄ Markdown converters, configured like the editor authors use. */
export async function createMarkdownConverter(config: SanitizedConfig): Promise<MarkdownConverter> {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.fromFeatures({ config, features: editorFeatures })
  const toLexical = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown }) as unknown as SerializedEditorState
  const toMarkdown = (state: SerializedEditorState) => convertLexicalToMarkdown({ data: state, editorConfig }).replace(/\s+$/, '')
  return { toLexical, toMarkdown, normalize: (markdown) => (markdown.trim() === '' ? '' : toMarkdown(toLexical(markdown))) }
}
