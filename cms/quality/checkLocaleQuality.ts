import type { PayloadRequest } from 'payload'
import { localeConfig, type LocaleCode } from '../../curriculum/locales'
import { checkDocumentQuality, type QualityFinding, type QualityReport } from '../../curriculum/quality'
import { contentTypes, type ContentTypeKey } from '../../curriculum/schemas'
import { localizedFieldsOfLocale, payloadPathOf } from '../codec/payloadCodec'
import { markdownConverterFor, richTextToMarkdown } from '../richText/markdown'
import { withImageAltText, type UploadedImage } from './imageAltText'

export interface LocaleDocument {
  type: ContentTypeKey
  slug: string
  locale: LocaleCode
  /** The document's values in this locale: a save merged over the stored document, or one locale of a stored one. */
  doc: Record<string, unknown>
}

/** A finding on the Payload field it concerns ("keyPoints.1.text", "facilitatorNotes"), with advice that fits the admin. */
function inPayloadTerms(type: ContentTypeKey, finding: QualityFinding, images: readonly UploadedImage[]): QualityFinding {
  const path = payloadPathOf(type, finding.path)
  const image = finding.rule === 'image-alt' ? images.find((each) => finding.message.includes(`"${encodeURI(each.filename)}"`)) : undefined
  return {
    ...finding,
    field: path.join('.'),
    path,
    ...(image && { suggestion: `Open ${image.filename} in Media, switch the language to ${localeConfig(finding.locale).label}, and describe what the image shows in its alt text.` }),
  }
}

/**
 * The editorial quality engine (curriculum/quality) on a CMS document in one locale: the same
 * `checkDocumentQuality` the bundle validator runs, on the same fields, with the rich text
 * turned into Markdown by Payload's own converter and images given their alt text in this locale.
 */
export async function checkLocaleQuality(req: PayloadRequest, input: LocaleDocument): Promise<QualityReport> {
  const { type, slug, locale, doc } = input
  const md = await markdownConverterFor(req.payload.config)
  const bodyField = contentTypes[type].bodyField
  const body = await withImageAltText(bodyField ? richTextToMarkdown(md, doc[bodyField]) : '', locale, req)
  const report = checkDocumentQuality({ type, slug, locale, fields: localizedFieldsOfLocale(type, doc, locale), body: body.markdown })
  return reportInPayloadTerms(type, report, body.images)
}

/** A report of the quality engine with its findings and allowances on the Payload fields they concern. */
export function reportInPayloadTerms(type: ContentTypeKey, report: QualityReport, images: readonly UploadedImage[] = []): QualityReport {
  return {
    ...report,
    findings: report.findings.map((finding) => inPayloadTerms(type, finding, images)),
    allowed: report.allowed.map((use) => ({ ...use, field: payloadPathOf(type, use.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))).join('.') })),
  }
}
