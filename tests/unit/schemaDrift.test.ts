import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Articles } from '../../cms/collections/Articles'
import { Conditions } from '../../cms/collections/Conditions'
import { FamilyModules } from '../../cms/collections/FamilyModules'
import { HolisticExercises } from '../../cms/collections/HolisticExercises'
import { Programs } from '../../cms/collections/Programs'
import { PsychoeducationModules } from '../../cms/collections/PsychoeducationModules'
import { SessionScripts } from '../../cms/collections/SessionScripts'
import { contentTypes, type ContentTypeKey } from '../../curriculum/schemas'

const collections: Record<ContentTypeKey, CollectionConfig> = {
  conditions: Conditions,
  psychoeducation: PsychoeducationModules,
  family: FamilyModules,
  holistic: HolisticExercises,
  articles: Articles,
  scripts: SessionScripts,
  programs: Programs,
}

/** Fields the CMS adds for its own workflow; they are not part of the file format. */
const cmsOnly = new Set(['workflowState', 'reviewedBy', 'quality', 'readabilityOverride', 'translationStatus'])

type NamedField = Field & { name: string }

function topLevelFields(fields: Field[]): NamedField[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevelFields(field.fields)
    return 'name' in field ? [field as NamedField] : []
  })
}

function options(field: NamedField): string[] | undefined {
  if (field.type !== 'select') return undefined
  return field.options.map((option) => (typeof option === 'string' ? option : option.value)).sort()
}

/** The enum values a zod field accepts, looking through optional, default and array wrappers. */
function enumValues(schema: z.ZodType): string[] | undefined {
  let current: z.ZodType = schema
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof z.ZodEnum) return (current.options as string[]).map(String).sort()
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType
    else return undefined
  }
  return undefined
}

describe('the CMS collections match the curriculum schemas they come from', () => {
  it.each(Object.keys(collections) as ContentTypeKey[])('%s', (key) => {
    const type = contentTypes[key]
    const fields = new Map(topLevelFields(collections[key].fields).map((field) => [field.name, field]))
    const localizedKeys = Object.keys(type.localized.shape)
    const sharedKeys = Object.keys(type.shared.shape)
    expect(collections[key].slug).toBe(type.collection)

    for (const name of localizedKeys) {
      expect(fields.get(name), `${key}.${name} is missing in the CMS`).toBeDefined()
      expect((fields.get(name) as { localized?: boolean }).localized, `${key}.${name} must be localized`).toBe(true)
    }
    for (const name of sharedKeys) {
      const field = fields.get(name)
      expect(field, `${key}.${name} is missing in the CMS`).toBeDefined()
      expect((field as { localized?: boolean }).localized ?? false, `${key}.${name} must not be localized`).toBe(false)
      const zodValues = enumValues((type.shared.shape as Record<string, z.ZodType>)[name]!)
      if (zodValues && field && field.type === 'select') expect(options(field), `${key}.${name} options`).toEqual(zodValues)
    }
    if (type.bodyField) {
      expect(fields.get(type.bodyField)?.type).toBe('richText')
      expect((fields.get(type.bodyField) as { localized?: boolean }).localized).toBe(true)
    }
    const known = new Set([...localizedKeys, ...sharedKeys, ...(type.bodyField ? [type.bodyField] : []), ...cmsOnly, 'review'])
    const extra = [...fields.keys()].filter((name) => !known.has(name))
    expect(extra, `${key} has CMS fields the file format does not know`).toEqual([])
  })
})
