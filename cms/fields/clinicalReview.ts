import type { Field } from 'payload'
import { reviewPolicy } from '../../curriculum/rules/review'

/**
 * Clinical sign-off: who reviewed the content, when, and when the next review is due.
 * Publishing by a clinical reviewer fills these in (see workflow/recordClinicalReview.ts).
 */
export const clinicalReviewFields: Field[] = [
  {
    name: 'review',
    type: 'group',
    label: 'Clinical review',
    admin: { description: `Set when a clinical reviewer publishes. The next review defaults to ${reviewPolicy.intervalMonths} months later.` },
    fields: [
      { name: 'reviewer', type: 'text', label: 'Reviewed by (name and credentials)' },
      { name: 'reviewedOn', type: 'date', label: 'Reviewed on', admin: { date: { pickerAppearance: 'dayOnly' } } },
      { name: 'nextReviewDue', type: 'date', label: 'Next review due', index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    ],
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true, description: 'The reviewer account that last published this.' },
  },
]
