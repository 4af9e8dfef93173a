import type { LocaleCode, LocaleConfig } from '../../curriculum/locales'
import type { PublicContentType } from '../../curriculum/schemas'
import type { Article, Condition, FamilyModule, HolisticExercise, Program, PsychoeducationModule, SiteSetting } from '../../cms/payload-types'

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

/** A document whose rich-text body was rendered to HTML. */
export type WithHtmlBody<T extends { body?: unknown }> = Omit<T, 'body'> & WithBodyHtml

/** One locale's published content: the site settings, then each content type the public reads, by registry key. */
export interface LocaleSnapshot {
  settings: SiteSetting
  conditions: Localized<Condition>[]
  psychoeducation: Localized<WithHtmlBody<PsychoeducationModule>>[]
  family: Localized<WithHtmlBody<FamilyModule>>[]
  holistic: Localized<WithHtmlBody<HolisticExercise>>[]
  articles: Localized<WithHtmlBody<Article>>[]
  programs: Localized<PublicProgram>[]
}

/** Does not compile while a content type the public reads is missing from the snapshot. */
export type EveryPublicType = { [K in PublicContentType]: LocaleSnapshot[K] }

/**
 * Everything the public site is built from: the site's input contract, which the CMS's publisher
 * (cms/publish/takeSnapshot.ts) produces by reading as an anonymous visitor would: published
 * documents only, no session scripts, no users.
 */
export interface SiteSnapshot {
  generatedAt: string
  defaultLocale: LocaleCode
  locales: LocaleConfig[]
  byLocale: Record<string, LocaleSnapshot>
  /** File names of the media the pages show; the publisher copies them into the site. */
  media: string[]
}
