/**
 * A piece of reader-facing text with where it came from: one paragraph, list item, heading or
 * table cell of a Markdown body, or one string field of the front matter.
 */
export interface TextUnit {
  /** Plain text: Markdown markup removed, link and emphasis text kept. */
  text: string
  path: (string | number)[]
  /** Line inside the field's Markdown (1-based); absent for plain string fields. */
  line?: number
  /** Headings and titles are labels, not prose: readability leaves them out. */
  kind: 'prose' | 'label'
}
