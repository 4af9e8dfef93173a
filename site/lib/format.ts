// Building a formatter costs far more than using one (it was the largest single cost of a
// 10,000-page build), so each is made once per locale and kind.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, locale: string, make: () => T): T {
  const key = `${kind} ${locale}`
  let made = formatters.get(key) as T | undefined
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

/** Dates in the CMS are calendar days stored at noon UTC; show them as that day everywhere. */
export function formatDate(iso: string | null | undefined, locale: string): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  return formatter('date', locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date)
}

/** The YYYY-MM-DD of a stored date, for <time datetime>. */
export function isoDay(iso: string | null | undefined): string | undefined {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined
}

/** "16:00" in the reader's convention ("4:00 PM" in English, "16:00" in Spanish). */
export function formatClock(clock: string, locale: string): string {
  const [h = 0, m = 0] = clock.split(':').map(Number)
  return formatter('clock', locale, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).format(new Date(Date.UTC(2024, 0, 1, h, m)))
}

/** The clock time `minutes` after `clock` ("16:00" + 90 → "17:30"). */
export function addMinutes(clock: string, minutes: number): string {
  const [h = 0, m = 0] = clock.split(':').map(Number)
  const total = (h * 60 + m + minutes) % (24 * 60)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** The name of a program day, 1 = Monday, in the reader's language. */
export function weekdayName(day: number, locale: string): string {
  // 1 January 2024 was a Monday.
  return formatter('weekday', locale, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(2024, 0, day)))
}

/** "60 minutes", "60 minutos". */
export function formatMinutes(minutes: number, locale: string): string {
  return formatter('minutes', locale, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' })).format(minutes)
}

/** "9 hours", "9 horas"; halves kept ("7.5 hours"). */
export function formatHours(hours: number, locale: string): string {
  return formatter('hours', locale, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 })).format(hours)
}
