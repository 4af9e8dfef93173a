import type { Field } from 'payload'
import { audiences } from '../../curriculum/schemas/common'

export const audienceField: Field = {
  name: 'audience',
  type: 'select',
  required: true,
  defaultValue: 'all',
  options: audiences.map((value) => ({ label: value === 'all' ? 'Adults and adolescents' : value === 'adult' ? 'Adults' : 'Adolescents', value })),
  admin: { position: 'sidebar' },
}

export const conditionsField: Field = {
  name: 'conditions',
  type: 'relationship',
  relationTo: 'conditions',
  hasMany: true,
  admin: { position: 'sidebar' },
}

export const referencesField: Field = {
  name: 'references',
  type: 'array',
  fields: [
    { name: 'citation', type: 'text', required: true },
    { name: 'url', type: 'text', label: 'Web address' },
  ],
}

export const topicsField: Field = {
  name: 'topics',
  type: 'text',
  hasMany: true,
  admin: { description: 'Program topics this covers, e.g. relapse-prevention, aftercare-planning.' },
}
