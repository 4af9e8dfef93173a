import { describe, expect, it } from 'vitest'
import { recordLocaleSave, translationStateOf, type TranslationRecord } from '../../cms/translation/translationRecord'

const save = (record: unknown, locale: 'en' | 'es', contentHash: string, confirmsTranslation = false, savedAt = '2026-11-01T10:00:00.000Z') =>
  recordLocaleSave(record, { locale, contentHash, savedAt, confirmsTranslation })

describe('translation record', () => {
  it('follows a translation through complete, outdated and complete again', () => {
    let record: TranslationRecord = save(null, 'en', 'en-1')
    expect(translationStateOf(record, 'es', false)).toBe('missing')
    record = save(record, 'es', 'es-1')
    expect(record.locales.es).toEqual({ contentHash: 'es-1', sourceHash: 'en-1', savedAt: '2026-11-01T10:00:00.000Z' })
    expect(translationStateOf(record, 'es', true)).toBe('complete')
    record = save(record, 'en', 'en-2', false, '2026-11-02T10:00:00.000Z')
    expect(translationStateOf(record, 'es', true)).toBe('outdated')
    record = save(record, 'es', 'es-2')
    expect(translationStateOf(record, 'es', true)).toBe('complete')
    expect(translationStateOf(record, 'en', true)).toBe('source')
  })

  it('counts an unchanged save of a translation only when a translator confirms it', () => {
    let record = save(save(save(null, 'en', 'en-1'), 'es', 'es-1'), 'en', 'en-2')
    record = save(record, 'es', 'es-1')
    expect(translationStateOf(record, 'es', true)).toBe('outdated')
    record = save(record, 'es', 'es-1', true)
    expect(translationStateOf(record, 'es', true)).toBe('complete')
  })

  it('keeps the date the source last changed when a save leaves its text as it was', () => {
    const record = save(save(null, 'en', 'en-1', false, '2026-11-01T10:00:00.000Z'), 'en', 'en-1', false, '2026-11-09T10:00:00.000Z')
    expect(record.locales.en?.savedAt).toBe('2026-11-01T10:00:00.000Z')
  })

  it('treats a translation saved before tracking began as complete, and a malformed record as empty', () => {
    expect(translationStateOf(null, 'es', true)).toBe('complete')
    expect(translationStateOf({ locales: { es: { contentHash: 1 } } }, 'es', false)).toBe('missing')
    expect(save({ source: 'xx', locales: 'nonsense' }, 'en', 'en-1')).toEqual({ source: 'en', locales: { en: { contentHash: 'en-1', sourceHash: 'en-1', savedAt: '2026-11-01T10:00:00.000Z' } } })
  })

  it('records the source hash it is given for a document saved before tracking began', () => {
    const record = recordLocaleSave(null, { locale: 'es', contentHash: 'es-1', savedAt: '2026-11-01T10:00:00.000Z', confirmsTranslation: false, sourceHash: 'en-0' })
    expect(record.locales.es?.sourceHash).toBe('en-0')
    expect(translationStateOf(save(record, 'en', 'en-0'), 'es', true)).toBe('complete')
  })
})
