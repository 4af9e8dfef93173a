import { localeConfig, type LocaleCode } from '../../../curriculum/locales'
import { minutesOfDay } from '../../../curriculum/rules/programRules'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(localeConfig(locale).htmlLang, { ...options, timeZone: 'UTC' })
    cache.set(key, format)
  }
  return format
}

/** A wall-clock time (HH:MM) as the locale writes it: "6:00 PM", "18:00". */
export function formatClock(clock: string, locale: LocaleCode): string {
  const minutes = minutesOfDay(clock)
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2001, 0, 1, Math.floor(minutes / 60), minutes % 60))
}

/** A calendar day (YYYY-MM-DD, or the day of an ISO timestamp) written out: "Tuesday, December 1, 2026". */
export function formatDay(date: string, locale: LocaleCode, withWeekday = true): string {
  return formatter(locale, withWeekday ? { dateStyle: 'full' } : { dateStyle: 'long' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`))
}

/** The name of a schedule day (1 = Monday): "Monday", "lunes". */
export function formatWeekday(day: number, locale: LocaleCode): string {
  // 2001-01-01 was a Monday.
  return formatter(locale, { weekday: 'long' }).format(Date.UTC(2001, 0, day))
}

/** A moment as date and time in a time zone, for version dates. */
export function formatMoment(iso: string, locale: LocaleCode, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeConfig(locale).htmlLang, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso))
}

/** A language's name in the reader's language: "Spanish" to an English reader, "inglés" to a Spanish one. */
export function languageName(code: LocaleCode, inLocale: LocaleCode): string {
  const name = new Intl.DisplayNames([localeConfig(inLocale).htmlLang], { type: 'language' }).of(localeConfig(code).htmlLang) ?? localeConfig(code).label
  return inLocale === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name
}
