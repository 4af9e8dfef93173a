'use client'
import { useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { localeCodes, localeConfig } from '../../../curriculum/locales'
import { asTranslationRecord, translationStateOf } from '../translationRecord'

const day = (iso: string) => iso.slice(0, 10)

/** Where each translation of this document stands against its English source. */
export const TranslationStatusField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const record = asTranslationRecord(value)
  const source = record.locales[record.source]
  return (
    <section style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }} data-testid="translation-status">
      <h3 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>Translations</h3>
      <p style={{ fontSize: '0.85em', margin: '0.25rem 0' }}>
        {localeConfig(record.source).label} (source): {source ? `last changed ${day(source.savedAt)}` : 'not saved since tracking began'}
      </p>
      <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
        {localeCodes
          .filter((locale) => locale !== record.source)
          .map((locale) => {
            const saved = record.locales[locale]
            const state = translationStateOf(record, locale, saved !== undefined)
            const text =
              state === 'missing'
                ? 'no translation saved yet'
                : state === 'outdated'
                  ? `outdated: the ${localeConfig(record.source).label} changed after this translation was saved (${saved ? day(saved.savedAt) : ''})`
                  : `up to date (saved ${saved ? day(saved.savedAt) : ''})`
            return (
              <li key={locale} style={{ fontSize: '0.85em', margin: '0.25rem 0' }}>
                <strong>{localeConfig(locale).label}</strong>: {text}
              </li>
            )
          })}
      </ul>
    </section>
  )
}
