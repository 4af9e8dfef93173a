import type { PayloadRequest } from 'payload'
import { defaultLocale, isLocaleCode, type LocaleCode } from '../../curriculum/locales'

/** The one locale a save writes; undefined for a write of every locale at once (`locale: 'all'`). */
export function saveLocale(req: PayloadRequest): LocaleCode | undefined {
  if (!req.locale) return defaultLocale
  return isLocaleCode(req.locale) ? req.locale : undefined
}
