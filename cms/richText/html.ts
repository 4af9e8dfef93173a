import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'

/**
 * Rich text as HTML with Payload's converters (and `more` of our own). A node no converter knows
 * (the CMS refuses to store one, see cms/fields/richBody.ts, but an older database may hold one)
 * renders as nothing rather than Payload's "unknown node" placeholder.
 */
export function richTextToHtml(state: unknown, more: ReturnType<HTMLConvertersFunction> = {}): string {
  if (!state || typeof state !== 'object') return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, ...more, unknown: () => '' })
  return convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true, converters })
}
