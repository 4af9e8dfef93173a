'use client'
import { useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { localeCodes, localeConfig, type LocaleCode } from '../../../curriculum/locales'
import type { QualitySnapshot, ScoreSnapshot } from '../../../curriculum/quality/snapshot'
import { adminLocale } from '../../i18n/adminLocale'
import { translator, type Translate } from '../../i18n/translator'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' } as const
const small = { fontSize: '0.85em', margin: '0.25rem 0' } as const

function Score({ score, t }: { score: ScoreSnapshot; t: Translate }) {
  const target = [score.limit !== undefined && t('admin:quality.limit', { direction: score.direction, limit: score.limit }), score.aim !== undefined && t('admin:quality.aim', { aim: score.aim })].filter(Boolean).join(', ')
  const verdict = !score.meetsLimit ? t('admin:quality.aboveLimit') : !score.meetsAim ? t('admin:quality.withinLimit') : target ? t('admin:quality.meetsTarget') : ''
  return (
    <li style={small}>
      <strong>{score.name}</strong> {score.value}
      {target && ` (${target})`}
      {verdict && `: ${verdict}`}
    </li>
  )
}

/** The stored quality report of the locale being edited: readability against its target, every finding with what to do, and every allowance used. */
export const QualityReportField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<QualitySnapshot | null>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const t = translator(adminLocale(i18n.language))
  const locale = value?.locale && (localeCodes as string[]).includes(value.locale) ? localeConfig(value.locale as LocaleCode).label : undefined
  return (
    <section style={box} aria-labelledby="quality-report-heading" data-testid="quality-report">
      <h3 id="quality-report-heading" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {locale ? t('admin:quality.titleIn', { language: locale }) : t('admin:quality.title')}
      </h3>
      {!value ? (
        <p style={small}>{t('admin:quality.notChecked')}</p>
      ) : (
        <>
          <p style={small}>
            {value.errors === 0 && value.warnings === 0
              ? t('admin:quality.clean')
              : t('admin:quality.counts', { errors: t('admin:quality.errorCount', { count: value.errors }), warnings: t('admin:quality.warningCount', { count: value.warnings }) })}
          </p>
          <h4 style={{ ...small, fontWeight: 600 }}>{t('admin:quality.readability')}</h4>
          {value.readability.readers === null ? (
            <p style={small}>{t('admin:quality.facilitatorMaterial')}</p>
          ) : value.readability.minWords !== null && value.readability.words < value.readability.minWords ? (
            <p style={small}>{t('admin:quality.tooShort', { words: value.readability.words, minWords: value.readability.minWords })}</p>
          ) : (
            <>
              <p style={small}>
                {t('admin:quality.scoredFor', { readers: value.readability.readers, words: value.readability.words, sentences: value.readability.sentences })}
                {value.readability.limitsNeeded === 'any' ? ` ${t('admin:quality.anyFormula')}` : ''}
              </p>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.readability.scores.map((score) => (
                  <Score key={score.formula} score={score} t={t} />
                ))}
              </ul>
            </>
          )}
          {value.findings.length > 0 && (
            <>
              <h4 style={{ ...small, fontWeight: 600 }}>{t('admin:quality.findings')}</h4>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.findings.map((finding, index) => (
                  <li key={`${finding.rule}-${index}`} style={small}>
                    <strong>{finding.severity === 'error' ? t('admin:quality.error') : t('admin:quality.warning')}</strong> {t('admin:quality.inField')} <code>{finding.field}</code>: {finding.message}
                    {finding.suggestion && <span> {finding.suggestion}</span>}
                    {finding.source && <em> ({finding.source})</em>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {value.allowed.length > 0 && (
            <>
              <h4 style={{ ...small, fontWeight: 600 }}>{t('admin:quality.allowed')}</h4>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.allowed.map((use, index) => (
                  <li key={`${use.term}-${index}`} style={small}>
                    “{use.text}” {t('admin:quality.inField')} <code>{use.field}</code> ({use.scope === 'quoted' ? t('admin:quality.quoted') : t('admin:quality.anywhere')}): {use.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
