import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { holisticKinds } from '../../../curriculum/schemas/holisticExercise'
import { audienceField, conditionsField, referencesField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { titleAndSummaryFields } from '../../fields/educationModule'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { textList } from '../../fields/textList'
import { editorialCollection } from '../shared/editorialCollection'

/** Mindfulness, breathing, movement and yoga, art, nutrition and sleep practices. */
export const HolisticExercises: CollectionConfig = editorialCollection({
  type: 'holistic',
  group: 'Education',
  defaultColumns: ['title', 'kind', 'minutes', 'workflowState'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  fields: [
    ...titleAndSummaryFields,
    textList('steps', { minRows: 2, long: true }),
    textList('safetyNotes', { label: 'Safety notes', minRows: 1, long: true, description: 'Trauma-sensitive options, physical limits, and no calorie or weight numbers.' }),
    richBody('body'),
    slugField,
    { name: 'kind', type: 'select', required: true, options: holisticKinds.map((value) => ({ label: value, value })), admin: { position: 'sidebar' } },
    { name: 'minutes', type: 'number', required: true, min: 1, max: 180, admin: { position: 'sidebar' } },
    audienceField,
    conditionsField,
    referencesField,
    ...clinicalReviewFields,
  ],
})
