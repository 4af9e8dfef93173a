import { createHash } from 'node:crypto'
import type { LocaleCode } from '../../curriculum/locales'
import { contentTypes, type ContentTypeKey } from '../../curriculum/schemas'
import { localizedFieldsOfLocale } from '../codec/payloadCodec'
import { richTextToMarkdown, type MarkdownConverter } from '../richText/markdown'

/**
 * A hash of what a translator translates in one locale: the localized fields as the bundle holds
 * them (no row ids, no Lexical internals) and the body as Markdown. Shared fields (audience,
 * schedule) are left out: changing them leaves no translation behind.
 */
export function localeContentHash(type: ContentTypeKey, doc: Record<string, unknown>, locale: LocaleCode, md: MarkdownConverter): string {
  const bodyField = contentTypes[type].bodyField
  const text = JSON.stringify({ fields: localizedFieldsOfLocale(type, doc, locale), body: bodyField ? richTextToMarkdown(md, doc[bodyField]).trim() : '' })
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}
