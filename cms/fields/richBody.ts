import type { RichTextField } from 'payload'

export function richBody(name: string, label?: string): RichTextField {
  return { name, label, type: 'richText', localized: true }
}
