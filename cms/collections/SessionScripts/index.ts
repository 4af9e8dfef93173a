import type { CollectionConfig } from 'payload'
import { publishedScriptVersionsOfAssignedPrograms, scriptsOfAssignedPrograms } from '../../access/scriptsOfAssignedPrograms'
import { adaptationKinds, approaches, groupTypes } from '../../../curriculum/schemas/sessionScript'
import { audienceField, conditionsField, referencesField, topicsField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { textList } from '../../fields/textList'
import { editorialCollection } from '../shared/editorialCollection'
import { enforceScriptTiming } from './hooks/enforceScriptTiming'

const options = (values: readonly string[]) => values.map((value) => ({ label: value.replace(/-/g, ' '), value }))

/** What a facilitator runs in the room. Facilitator material: never readable by the public, and by a facilitator only for their own programs. */
export const SessionScripts: CollectionConfig = editorialCollection({
  type: 'scripts',
  group: 'Curriculum',
  defaultColumns: ['title', 'groupType', 'minutes', 'workflowState'],
  read: scriptsOfAssignedPrograms,
  readVersions: publishedScriptVersionsOfAssignedPrograms,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  hooks: { beforeChange: [enforceScriptTiming] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    textList('goals', { minRows: 1, long: true }),
    textList('materials'),
    { name: 'preparation', type: 'textarea', required: true, localized: true },
    {
      name: 'segments',
      label: 'Timed segments',
      type: 'array',
      localized: true,
      minRows: 1,
      admin: { description: 'The minutes of all segments must add up exactly to the script length.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'minutes', type: 'number', required: true, min: 1, max: 240 },
        textList('prompts', { label: 'Facilitator prompts', localized: false, long: true }),
      ],
    },
    {
      name: 'adaptations',
      type: 'array',
      localized: true,
      fields: [
        { name: 'kind', type: 'select', required: true, options: options(adaptationKinds) },
        { name: 'note', type: 'textarea', required: true },
      ],
    },
    { name: 'safetyNote', type: 'textarea', required: true, localized: true, admin: { description: 'What to do if someone discloses risk.' } },
    richBody('facilitatorNotes', 'Facilitator notes'),
    slugField,
    { name: 'groupType', type: 'select', required: true, options: options(groupTypes), admin: { position: 'sidebar' } },
    { name: 'approach', type: 'select', required: true, options: options(approaches), admin: { position: 'sidebar' } },
    { name: 'minutes', type: 'number', required: true, min: 10, max: 240, admin: { position: 'sidebar' } },
    audienceField,
    conditionsField,
    topicsField,
    {
      name: 'handouts',
      type: 'relationship',
      relationTo: ['psychoeducation-modules', 'family-modules', 'holistic-exercises'],
      hasMany: true,
    },
    referencesField,
    ...clinicalReviewFields,
  ],
})
