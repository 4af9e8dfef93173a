import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { audienceField, conditionsField, referencesField, topicsField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { textList } from '../../fields/textList'
import { editorialCollection } from '../shared/editorialCollection'

/** What a patient reads: one topic in plain language, with key points and a practice to try. */
export const PsychoeducationModules: CollectionConfig = editorialCollection({
  slug: 'psychoeducation-modules',
  labels: { singular: 'Psychoeducation module', plural: 'Psychoeducation modules' },
  group: 'Education',
  useAsTitle: 'title',
  defaultColumns: ['title', 'audience', 'workflowState', 'review.nextReviewDue'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    textList('objectives', { label: 'Learning objectives', minRows: 1, maxRows: 6, long: true }),
    richBody('body'),
    textList('keyPoints', { label: 'Key points', minRows: 1, maxRows: 3, long: true, description: 'At most three, so a reader can hold them in mind.' }),
    { name: 'tryThis', type: 'textarea', label: 'Try this', required: true, localized: true },
    slugField,
    audienceField,
    conditionsField,
    topicsField,
    referencesField,
    ...clinicalReviewFields,
  ],
})
