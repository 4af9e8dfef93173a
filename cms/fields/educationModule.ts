import type { Field } from 'payload'
import { richBody } from './richBody'
import { textList } from './textList'

/** Title and summary: how every reader-facing document introduces itself. */
export const titleAndSummaryFields: Field[] = [
  { name: 'title', type: 'text', required: true, localized: true },
  { name: 'summary', type: 'textarea', required: true, localized: true },
]

/**
 * The teaching shape shared by psychoeducation and family modules: objectives, the body,
 * at most three key points, and a practice to try.
 */
export const lessonFields: Field[] = [
  ...titleAndSummaryFields,
  textList('objectives', { label: 'Learning objectives', minRows: 1, maxRows: 6, long: true }),
  richBody('body'),
  textList('keyPoints', { label: 'Key points', minRows: 1, maxRows: 3, long: true, description: 'At most three, so a reader can hold them in mind.' }),
  { name: 'tryThis', type: 'textarea', label: 'Try this', required: true, localized: true },
]
