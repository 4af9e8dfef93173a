import type { Field } from 'payload'
import { audiences, isWebAddress } from '../../curriculum/schemas/common'

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
    {
      name: 'url',
      type: 'text',
      label: 'Web address',
      // The same rule as the bundle format's: readers follow these links, so http(s) only.
      validate: (value: string | null | undefined) => !value || isWebAddress(value) || 'Must be a web address starting with https:// or http://',
    },
  ],
}

export const topicsField: Field = {
  name: 'topics',
  type: 'text',
  hasMany: true,
  admin: { description: 'Program topics this covers, e.g. relapse-prevention, aftercare-planning.' },
}
