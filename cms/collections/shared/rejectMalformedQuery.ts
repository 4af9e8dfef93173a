import { APIError, type CollectionBeforeOperationHook } from 'payload'

type Scalar = string | number | boolean | null
const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The first place in a `where` where an operator is given an object instead of a value, if any. */
export function malformedQueryPath(where: unknown, path: string[] = []): string | undefined {
  if (where === undefined || where === null) return undefined
  if (typeof where !== 'object' || Array.isArray(where)) return path.join('.') || 'where'
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : Object.values((value ?? {}) as object)
      for (const [i, branch] of branches.entries()) {
        const found = malformedQueryPath(branch, [...path, key, String(i)])
        if (found) return found
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue // Payload rejects these paths itself
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      const fine = isScalar(operand) || (Array.isArray(operand) && operand.every(isScalar))
      if (!fine) return [...path, key, operator].join('.')
    }
  }
  return undefined
}

/**
 * Turns a query whose operator is handed an object (`where[slug][equals][$ne]=x`, which the SQL
 * adapter cannot bind and answered with a 500) into a plain 400 that names the path. Values
 * stay values: strings, numbers, booleans, null, or lists of them for `in`, `not_in` and `all`.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: unknown }).where
  const path = malformedQueryPath(where)
  if (path) throw new APIError(`The query value at "${path}" must be a value or a list of values, not an object.`, 400, undefined, true)
  return args
}
