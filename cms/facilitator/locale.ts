import { defaultLocale, isLocaleCode, type LocaleCode } from '../../curriculum/locales'

/** The locale named in a workspace address, or undefined for one we do not have. */
export function workspaceLocale(value: string | undefined): LocaleCode | undefined {
  return value !== undefined && isLocaleCode(value) ? value : undefined
}

/** The patient-handout language asked for (?lang=es), defaulting to the facilitator's own. */
export function handoutLocale(value: string | string[] | undefined, uiLocale: LocaleCode): LocaleCode {
  const asked = Array.isArray(value) ? value[0] : value
  return workspaceLocale(asked) ?? uiLocale ?? defaultLocale
}
