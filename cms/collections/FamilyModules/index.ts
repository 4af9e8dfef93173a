import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { familyTopics } from '../../../curriculum/schemas/familyModule'
import { audienceField, conditionsField, referencesField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { textList } from '../../fields/textList'
import { editorialCollection } from '../shared/editorialCollection'

/** What families and caregivers read. */
export const FamilyModules: CollectionConfig = editorialCollection({
  slug: 'family-modules',
  labels: { singular: 'Family education module', plural: 'Family education modules' },
  group: 'Education',
  useAsTitle: 'title',
  defaultColumns: ['title', 'familyTopic', 'workflowState', 'review.nextReviewDue'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    textList('objectives', { label: 'Learning objectives', minRows: 1, maxRows: 6, long: true }),
    richBody('body'),
    textList('keyPoints', { label: 'Key points', minRows: 1, maxRows: 3, long: true }),
    { name: 'tryThis', type: 'textarea', label: 'Try this', required: true, localized: true },
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
