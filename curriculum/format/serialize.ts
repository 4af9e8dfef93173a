import { Document, visit, Scalar } from 'yaml'
import { defaultLocale, localeCodes, type LocaleCode } from '../locales'
import { contentTypes } from '../schemas'
import { documentFile, type BundleDocument } from './bundle'

/**
 * The canonical text of a document's file in one locale: front matter with shared fields first
 * (default locale only) then localized ones, each in schema order, then the body. Import then
 * export reproduces a bundle byte for byte because both sides write through here.
 */
export function serializeDocumentFile(doc: BundleDocument, locale: LocaleCode): string | undefined {
  const localized = doc.localized[locale]
  if (!localized) return undefined
  const type = contentTypes[doc.type]
  const orderedLocalized = type.localized.parse(localized) as Record<string, unknown>
  let data: Record<string, unknown> = orderedLocalized
  if (locale === defaultLocale) {
    const { slug: _slug, ...orderedShared } = type.shared.parse({ slug: doc.slug, ...doc.shared }) as Record<string, unknown>
    data = { ...orderedShared, ...orderedLocalized }
  }
  const yamlDoc = new Document(data)
  // Dates and clock times are quoted so no YAML reader mistakes them for timestamps or numbers.
  visit(yamlDoc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && /^(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE
    },
  })
  const yaml = yamlDoc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true })
  const body = (doc.body[locale] ?? '').replace(/\s+$/, '')
  return `---\n${yaml}---\n${body ? `${body}\n` : ''}`
}

/** Every file of a document, keyed by its path relative to the bundle root. */
export function serializeDocument(doc: BundleDocument): Map<string, string> {
  const files = new Map<string, string>()
  for (const locale of localeCodes) {
    const text = serializeDocumentFile(doc, locale)
    if (text !== undefined) files.set(documentFile(doc.type, doc.slug, locale), text)
  }
  return files
}
