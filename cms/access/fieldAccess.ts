import type { FieldAccess } from 'payload'
import { defaultLocale } from '../../curriculum/locales'
import { userHasRole } from './userRole'

/**
 * Translators change translations, never the source: a localized field is theirs to edit in
 * any locale but the default one, and a shared (non-localized) field is never theirs.
 */
export const notTranslatorInDefaultLocale: FieldAccess = ({ req }) =>
  !userHasRole(req.user, ['translator']) || (req.locale !== undefined && req.locale !== defaultLocale && req.locale !== 'all')

export const notTranslator: FieldAccess = ({ req }) => !userHasRole(req.user, ['translator'])
