import type { LocaleCode } from '../locales'

/** The four checks of the quality engine; each finding names the one that raised it. */
export type QualityCheck = 'readability' | 'language' | 'safe-messaging' | 'accessibility'

/** An error blocks publishing and fails bundle validation; a warning only advises. */
export type QualitySeverity = 'error' | 'warning'

/** One thing an author can act on, said where it is and what to write instead. */
export interface QualityFinding {
  check: QualityCheck
  /** Stable id of the rule or word-list entry, e.g. "heading-order" or "addict". */
  rule: string
  severity: QualitySeverity
  locale: LocaleCode
  /** Dotted path of the field, e.g. "keyPoints.1" or "body". */
  field: string
  /** The same path as a list, for editors and line lookups. */
  path: (string | number)[]
  /** Line inside the field's Markdown (1-based), for Markdown bodies. */
  line?: number
  message: string
  suggestion?: string
  /** Set when a library, not our own lists, raised it (e.g. "retext-equality"). */
  source?: string
}
