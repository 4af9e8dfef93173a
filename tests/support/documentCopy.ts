/** A document's data without its array rows' ids, so it can be saved as a new document. */
export function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(withoutRowIds(row) as object).filter(([key]) => key !== 'id')) : row))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, withoutRowIds(each)]))
  return value
}

/** The fields of a document read in one locale, as data for a new document (no id, no timestamps, no row ids). */
export function copyData(doc: unknown): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...data } = withoutRowIds(doc) as Record<string, unknown>
  return data
}
