import type { ArrayField } from 'payload'

interface TextListOptions {
  label?: string
  localized?: boolean
  minRows?: number
  maxRows?: number
  long?: boolean
  description?: string
}

/**
 * A list of short texts (objectives, key points, steps…). Stored as rows of `{ text }` because
 * Payload arrays hold objects; the whole list is localized at once, which the SQL adapters
 * handle reliably (localized fields *inside* array rows are a known upstream trouble spot).
 */
export function textList(name: string, options: TextListOptions = {}): ArrayField {
  return {
    name,
    type: 'array',
    label: options.label,
    localized: options.localized ?? true,
    minRows: options.minRows,
    maxRows: options.maxRows,
    admin: { description: options.description },
    fields: [options.long ? { name: 'text', type: 'textarea', required: true } : { name: 'text', type: 'text', required: true }],
  }
}
