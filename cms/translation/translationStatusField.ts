import type { JSONField } from 'payload'
import { editorialStaffField } from '../access/editorialStaffField'

/** The last save of every locale (see translationRecord.ts), written by trackTranslations and shown in the sidebar. */
export const translationStatusField: JSONField = {
  name: 'translationStatus',
  type: 'json',
  label: 'Translations',
  access: { read: editorialStaffField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Field: '/translation/admin/TranslationStatusField#TranslationStatusField' },
  },
}
