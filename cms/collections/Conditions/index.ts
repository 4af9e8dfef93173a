import type { CollectionConfig } from 'payload'
import { editorsOrPublished } from '../../access/editorsOrPublished'
import { slugField } from '../../fields/slug'
import { editorialCollection } from '../shared/editorialCollection'

/** The conditions taxonomy used to tag programs, modules and articles and to filter the site. */
export const Conditions: CollectionConfig = editorialCollection({
  type: 'conditions',
  group: 'Taxonomy',
  defaultColumns: ['name', 'slug', 'workflowState'],
  read: editorsOrPublished,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'roles', roles: ['admin', 'program-designer', 'clinical-reviewer'] },
  fields: [
    slugField,
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', required: true, localized: true },
  ],
})
