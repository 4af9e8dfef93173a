import type { TextField } from 'payload'
import { slugSchema } from '../../curriculum/schemas/common'

/** The document's stable address and file name; the same rules as the curriculum files. */
export const slugField: TextField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Lower-case words joined by hyphens. Used in web addresses and file names.' },
  validate: (value: string | null | undefined) => {
    const result = slugSchema.safeParse(value ?? '')
    return result.success ? true : `Slug ${result.error.issues[0]?.message ?? 'is not valid'}`
  },
}
