import type { ConditionRef } from './entries'
import { joinPath, type PagePath } from './routes'
import { sections } from './sections'

export const audienceFilters = ['adult', 'adolescent'] as const
export type AudienceFilter = (typeof audienceFilters)[number]

/** A view of the education list: every module, or those about one condition and/or for one audience. */
export interface ModuleFilter {
  condition?: string
  audience?: AudienceFilter
}

interface Filterable {
  audience: 'adult' | 'adolescent' | 'all'
  conditions: ConditionRef[]
}

/** Modules written for everyone count for adults and adolescents alike. */
export function matchesFilter(doc: Filterable, filter: ModuleFilter): boolean {
  if (filter.audience && doc.audience !== 'all' && doc.audience !== filter.audience) return false
  if (filter.condition && !doc.conditions.some((c) => c.slug === filter.condition)) return false
  return true
}

/** education/, education/about/<condition>/, education/for/<audience>/, education/about/<condition>/for/<audience>/ */
export function filterPage(filter: ModuleFilter): PagePath {
  return joinPath(sections.psychoeducation, filter.condition && `about/${filter.condition}`, filter.audience && `for/${filter.audience}`)
}

/** The rest parameter of the education list route for a filter (undefined for the unfiltered list). */
export function filterParam(filter: ModuleFilter): string | undefined {
  return joinPath(filter.condition && `about/${filter.condition}`, filter.audience && `for/${filter.audience}`) || undefined
}

/** Every combination of condition and audience, the unfiltered list first. */
export function allFilters(conditionSlugs: readonly string[]): ModuleFilter[] {
  const conditions: (string | undefined)[] = [undefined, ...conditionSlugs]
  const audiences: (AudienceFilter | undefined)[] = [undefined, ...audienceFilters]
  return conditions.flatMap((condition) => audiences.map((audience) => ({ ...(condition ? { condition } : {}), ...(audience ? { audience } : {}) })))
}

/** The filter links of one dimension, keeping the other dimension as it is. */
export function conditionOptions(current: ModuleFilter, conditions: readonly ConditionRef[]): { label?: string; slug?: string; href: PagePath; current: boolean }[] {
  return [undefined, ...conditions].map((condition) => ({
    slug: condition?.slug,
    label: condition?.name,
    href: filterPage({ ...current, condition: condition?.slug }),
    current: current.condition === condition?.slug,
  }))
}

export function audienceOptions(current: ModuleFilter): { audience?: AudienceFilter; href: PagePath; current: boolean }[] {
  return [undefined, ...audienceFilters].map((audience) => ({ audience, href: filterPage({ ...current, audience }), current: current.audience === audience }))
}
