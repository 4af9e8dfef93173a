import type { LocaleCode } from '../../curriculum/locales'
import type { LocaleConfig } from '../../curriculum/locales'
import type { Article, Condition, FamilyModule, HolisticExercise, Program, PsychoeducationModule, SiteSetting } from '../payload-types'

/** Rich text rendered to HTML once, at snapshot time, so the site needs no Lexical at build. */
export interface WithBodyHtml {
  bodyHtml: string
}

/** What the public may learn of a program's week: times and kinds of sessions, never scripts. */
export interface PublicProgram extends Omit<Program, 'schedule' | 'overview'>, WithBodyHtml {
  schedule: {
    week: number
    days: { day: number; slots: { start: string; minutes: number; kind: NonNullable<NonNullable<NonNullable<Program['schedule']>[number]['days']>[number]['slots']>[number]['kind'] }[] }[]
    psychoeducation: string[]
    holistic: string[]
    family: string[]
  }[]
}

/** A published document as read in one locale; `translated` is false when it fell back to the default locale. */
export type Localized<T> = T & { translated: boolean }

export interface LocaleSnapshot {
  settings: SiteSetting
  conditions: Localized<Condition>[]
  psychoeducation: Localized<PsychoeducationModule & WithBodyHtml>[]
  family: Localized<FamilyModule & WithBodyHtml>[]
  holistic: Localized<HolisticExercise & WithBodyHtml>[]
  articles: Localized<Article & WithBodyHtml>[]
  programs: Localized<PublicProgram>[]
}

/**
 * Everything the public site is built from, read from the CMS as an anonymous visitor would
 * read it: published documents only, no session scripts, no users.
 */
export interface SiteSnapshot {
  generatedAt: string
  defaultLocale: LocaleCode
  locales: LocaleConfig[]
  byLocale: Record<string, LocaleSnapshot>
  /** File names of the media the pages show; the publisher copies them into the site. */
  media: string[]
}
