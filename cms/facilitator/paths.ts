import type { LocaleCode } from '../../curriculum/locales'
import type { HandoutKind } from '../../curriculum/schemas'

/** Every address in the workspace, built in one place. */
export const workspaceRoot = '/facilitator'

export type { HandoutKind }

export const paths = {
  today: (locale: LocaleCode, date?: string) => `${workspaceRoot}/${locale}${date ? `?date=${date}` : ''}`,
  signIn: (locale: LocaleCode, next?: string) => `${workspaceRoot}/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  program: (locale: LocaleCode, program: string) => `${workspaceRoot}/${locale}/programs/${program}`,
  week: (locale: LocaleCode, program: string, week: number) => `${workspaceRoot}/${locale}/programs/${program}/weeks/${week}`,
  session: (locale: LocaleCode, program: string, week: number, day: number, session: number) =>
    `${workspaceRoot}/${locale}/programs/${program}/weeks/${week}/days/${day}/sessions/${session}`,
  packet: (locale: LocaleCode, program: string, week: number, handouts?: LocaleCode) =>
    `${workspaceRoot}/${locale}/programs/${program}/weeks/${week}/packet${handouts ? `?handouts=${handouts}` : ''}`,
  handout: (locale: LocaleCode, kind: HandoutKind, slug: string, lang: LocaleCode) => `${workspaceRoot}/${locale}/handouts/${kind}/${slug}?lang=${lang}`,
  calendar: (locale: LocaleCode, cohort: number | string) => `${workspaceRoot}/${locale}/cohorts/${cohort}/calendar.ics`,
  signInAction: `${workspaceRoot}/sign-in`,
  signOutAction: `${workspaceRoot}/sign-out`,
}

/** Only addresses inside the workspace may be returned to after signing in. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith(`${workspaceRoot}/`) || value.startsWith('//') || value.includes('\\')) return fallback
  return value
}
