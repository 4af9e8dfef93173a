import { joinPath, type PagePath } from './routes'

/** How many cards a list page shows before it continues on the next page. */
export const listPageSize = 24

export interface ListPage<T> {
  /** 1-based. */
  number: number
  count: number
  items: T[]
}

/** Splits a list into pages; an empty list is still one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = listPageSize): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }))
}

/** The address of page `number` of a list: the list itself for page 1, then <list>/page/<n>. */
export function listPagePath(list: PagePath, number: number): PagePath {
  return number <= 1 ? joinPath(list) : joinPath(list, 'page', String(number))
}
