'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { localeCodes, localeConfig } from '../../../curriculum/locales'
import { adminLocale } from '../../i18n/adminLocale'
import { translator } from '../../i18n/translator'
import { asTranslationRecord, translationStateOf } from '../translationRecord'

const day = (iso: string) => iso.slice(0, 10)

/** Where each translation of this document stands against its English source. */
export const TranslationStatusField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const record = asTranslationRecord(value)
  const source = record.locales[record.source]
  const { i18n } = useTranslation()
  const t = translator(adminLocale(i18n.language))
  const sourceLabel = localeConfig(record.source).label
  return (
    <section style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }} data-testid="translation-status">
      <h3 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>{t('admin:translationStatus.title')}</h3>
      <p style={{ fontSize: '0.85em', margin: '0.25rem 0' }}>
        {source ? t('admin:translationStatus.source', { language: sourceLabel, date: day(source.savedAt) }) : t('admin:translationStatus.sourceUntracked', { language: sourceLabel })}
      </p>
      <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
        {localeCodes
          .filter((locale) => locale !== record.source)
          .map((locale) => {
            const saved = record.locales[locale]
            const state = translationStateOf(record, locale, saved !== undefined)
            const text =
              state === 'missing'
                ? t('admin:translationStatus.missing')
                : state === 'outdated'
                  ? t('admin:translationStatus.outdated', { source: sourceLabel, date: saved ? day(saved.savedAt) : '' })
                  : t('admin:translationStatus.complete', { date: saved ? day(saved.savedAt) : '' })
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
