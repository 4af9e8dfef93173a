import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { familyTopics } from '../../../curriculum/schemas/familyModule'
import { audienceField, conditionsField, referencesField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { lessonFields } from '../../fields/educationModule'
import { slugField } from '../../fields/slug'
import { editorialCollection } from '../shared/editorialCollection'

/** What families and caregivers read. */
export const FamilyModules: CollectionConfig = editorialCollection({
  type: 'family',
  group: 'Education',
  defaultColumns: ['title', 'familyTopic', 'workflowState', 'review.nextReviewDue'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  fields: [
    ...lessonFields,
    slugField,
    {
      name: 'familyTopic',
      type: 'select',
      required: true,
      options: familyTopics.map((value) => ({ label: value.replace(/-/g, ' '), value })),
      admin: { position: 'sidebar' },
    },
    audienceField,
    conditionsField,
    referencesField,
    ...clinicalReviewFields,
  ],
})
