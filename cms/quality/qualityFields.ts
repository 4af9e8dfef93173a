import type { Field, GroupField, JSONField } from 'payload'
import { editorialStaffField } from '../access/editorialStaffField'

/** The quality report of each locale, written by enforceQualityGates on every save and shown in the sidebar. */
export const qualityField: JSONField = {
  name: 'quality',
  type: 'json',
  label: 'Editorial quality',
  localized: true,
  access: { read: editorialStaffField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Field: '/quality/admin/QualityReportField#QualityReportField' },
  },
}

/** A clinical reviewer's written reason to publish above the readability target (see readabilityOverride.ts). */
export const readabilityOverrideField: GroupField = {
  name: 'readabilityOverride',
  type: 'group',
  label: 'Readability override',
  access: { read: editorialStaffField },
  admin: {
    position: 'sidebar',
    description: 'Clinical reviewers and admins only. Publishing above the readability target needs the reason here; it is kept with the version. Leave it empty when the text meets the target.',
  },
  fields: [
    { name: 'reason', type: 'textarea', label: 'Why this text may be harder to read than the target' },
    { name: 'grantedByName', type: 'text', label: 'Given by', admin: { readOnly: true } },
    { name: 'grantedOn', type: 'date', label: 'Given on', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'grantedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true, hidden: true } },
    { name: 'grantedFor', type: 'json', admin: { readOnly: true, hidden: true, description: 'The scores the override was given for, per language.' } },
  ],
}

/** The quality fields of a collection: the report everywhere, the override where readers have a readability target. */
export function qualityFields(hasReadabilityTarget: boolean): Field[] {
  return hasReadabilityTarget ? [qualityField, readabilityOverrideField] : [qualityField]
}
