import type { LocaleCode } from '../../../curriculum/locales'
import enCommon from '../../../i18n/en/common.json'
import enFacilitator from '../../../i18n/en/facilitator.json'
import enPages from '../../../i18n/en/pages.json'
import esCommon from '../../../i18n/es/common.json'
import esFacilitator from '../../../i18n/es/facilitator.json'
import esPages from '../../../i18n/es/pages.json'

export type Catalog = Record<string, Record<string, unknown>>

/**
 * The UI strings the workspace uses, bundled into the CMS build: its own namespace, and the
 * site's patient-facing words (lesson headings, crisis lines) for handouts. Typed by locale, so a
 * locale added in curriculum/locales.ts does not build until its strings are here.
 */
export const catalogs: Record<LocaleCode, Catalog> = {
  en: { facilitator: enFacilitator, common: enCommon, pages: enPages },
  es: { facilitator: esFacilitator, common: esCommon, pages: esPages },
}
