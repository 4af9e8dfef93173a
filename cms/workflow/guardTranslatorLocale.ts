import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { defaultLocale, localeConfig } from '../../curriculum/locales'
import { userHasRole } from '../access/userRole'

/**
 * Translators work on translations only. Field access already makes source-language fields
 * read-only for them; this says so plainly instead of silently dropping their change.
 */
export const guardTranslatorLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!userHasRole(req.user, ['translator'])) return args
  if (operation === 'create' || operation === 'delete') {
    throw new APIError('Translators cannot create or delete documents; they edit translations of existing ones.', 403, undefined, true)
  }
  if (operation === 'update' && (req.locale === defaultLocale || req.locale === 'all' || !req.locale)) {
    throw new APIError(
      `Translators edit translations only. Switch the locale away from ${localeConfig(defaultLocale).label} to edit a translation.`,
      403,
      undefined,
      true,
    )
  }
  return args
}
