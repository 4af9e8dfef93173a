import type { LocaleCode } from '../../curriculum/locales'
import enAdmin from '../../i18n/en/admin.json'
import enCommon from '../../i18n/en/common.json'
import enFacilitator from '../../i18n/en/facilitator.json'
import enPages from '../../i18n/en/pages.json'
import esAdmin from '../../i18n/es/admin.json'
import esCommon from '../../i18n/es/common.json'
import esFacilitator from '../../i18n/es/facilitator.json'
import esPages from '../../i18n/es/pages.json'

export type Catalog = Record<string, Record<string, unknown>>

/**
 * The UI strings the CMS's own pages use, bundled into its build: the admin's custom views
 * (`admin`), the facilitator workspace (`facilitator`), and the
 * site's patient-facing words (lesson headings, crisis lines) for handouts. Typed by locale, so a
 * locale added in curriculum/locales.ts does not build until its strings are here.
 */
export const catalogs: Record<LocaleCode, Catalog> = {
  en: { facilitator: enFacilitator, admin: enAdmin, common: enCommon, pages: enPages },
  es: { facilitator: esFacilitator, admin: esAdmin, common: esCommon, pages: esPages },
}
