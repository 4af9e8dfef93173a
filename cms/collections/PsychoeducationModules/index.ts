import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { audienceField, conditionsField, referencesField, topicsField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { lessonFields } from '../../fields/educationModule'
import { slugField } from '../../fields/slug'
import { editorialCollection } from '../shared/editorialCollection'

/** What a patient reads: one topic in plain language, with key points and a practice to try. */
export const PsychoeducationModules: CollectionConfig = editorialCollection({
  type: 'psychoeducation',
  group: 'Education',
  defaultColumns: ['title', 'audience', 'workflowState', 'review.nextReviewDue'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  fields: [
    ...lessonFields,
    slugField,
    audienceField,
    conditionsField,
    topicsField,
    referencesField,
    ...clinicalReviewFields,
  ],
})
