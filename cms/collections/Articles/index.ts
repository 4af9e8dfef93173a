import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { articleKinds } from '../../../curriculum/schemas/article'
import { audienceField, conditionsField, referencesField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { titleAndSummaryFields } from '../../fields/educationModule'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { editorialCollection } from '../shared/editorialCollection'

/** Public and stigma-reduction content. Marketing publishes; a clinical article needs a reviewer. */
export const Articles: CollectionConfig = editorialCollection({
  type: 'articles',
  group: 'Public',
  defaultColumns: ['title', 'kind', 'clinical', 'workflowState'],
  read: editorsOrPublished,
  writers: ['admin', 'marketing'],
  publishing: { kind: 'clinical-when-flagged', flagField: 'clinical', otherwise: ['admin', 'marketing', 'clinical-reviewer'] },
  fields: [
    ...titleAndSummaryFields,
    richBody('body'),
    slugField,
    { name: 'kind', type: 'select', required: true, options: articleKinds.map((value) => ({ label: value.replace(/-/g, ' '), value })), admin: { position: 'sidebar' } },
    {
      name: 'clinical',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Gives clinical guidance: needs a clinical reviewer to approve and publish.' },
    },
    {
      name: 'storyConsent',
      type: 'checkbox',
      label: 'The person who shared this story consented to publication',
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'story' },
      validate: (value: boolean | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.kind !== 'story' || value === true ? true : 'A story can be published only with the consent of the person who shared it.',
    },
    { name: 'publishedOn', type: 'date', required: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    audienceField,
    conditionsField,
    referencesField,
    ...clinicalReviewFields,
  ],
})
