import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { richText as editorValidation } from 'payload/shared'
import { nodeTypesOf, unknownNodeType } from '../richText/knownNodes'

/**
 * Payload's own rich-text validation, then one more rule: every node is of a type the editor
 * knows. A crafted request could otherwise store a node that the admin cannot open, the quality
 * checks cannot read, and the site silently drops.
 */
export const rejectUnknownNodes: NonNullable<RichTextField['validate']> = async (value, options) => {
  const valid = await editorValidation(value, options)
  if (valid !== true || !value || typeof value !== 'object' || !('root' in value)) return valid
  const editor = options.editor
  if (!editor || typeof editor !== 'object' || !('editorConfig' in editor)) return valid
  const unknown = unknownNodeType((value as { root: unknown }).root, nodeTypesOf((editor as LexicalRichTextAdapter).editorConfig))
  if (unknown === undefined) return true
  return `This text holds a "${unknown}" element the editor does not know. Remove it, or paste the text again as plain text.`
}

export function richBody(name: string, label?: string): RichTextField {
  return { name, label, type: 'richText', localized: true, validate: rejectUnknownNodes }
}
