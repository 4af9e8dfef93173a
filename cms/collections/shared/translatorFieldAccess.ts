import type { Field } from 'payload'
import { notTranslator, notTranslatorInDefaultLocale } from '../../access/fieldAccess'

/** Gives every top-level field the translator rule that fits it (see access/fieldAccess.ts). */
export function withTranslatorFieldAccess(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withTranslatorFieldAccess(field.fields) }
    }
    if (!('name' in field) || field.type === 'ui') return field
    const localized = 'localized' in field && field.localized === true
    return {
      ...field,
      access: { ...field.access, update: localized ? notTranslatorInDefaultLocale : notTranslator },
    } as Field
  })
}
