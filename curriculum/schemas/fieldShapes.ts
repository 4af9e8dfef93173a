import { z } from 'zod'

/**
 * What shape a schema field has, looking through `.optional()`, `.default()` and `.nullable()`:
 * the CMS stores a list of text as rows of `{ text }` and a list of records as rows with an id,
 * so the mapping between a bundle and the CMS is read off the schema instead of a table per type.
 */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType
  return current
}

/** A list of plain text, such as a module's key points or a script's materials. */
export function isTextList(schema: z.ZodType | undefined): boolean {
  if (!schema) return false
  const list = unwrapped(schema)
  return list instanceof z.ZodArray && unwrapped(list.element as z.ZodType) instanceof z.ZodString
}

/** The fields of each row of a list of records (a script's segments), or undefined for any other field. */
export function rowShape(schema: z.ZodType | undefined): Readonly<Record<string, z.ZodType>> | undefined {
  if (!schema) return undefined
  const list = unwrapped(schema)
  if (!(list instanceof z.ZodArray)) return undefined
  const row = unwrapped(list.element as z.ZodType)
  return row instanceof z.ZodObject ? (row.shape as Record<string, z.ZodType>) : undefined
}
