'use client'
import { useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { localeCodes, localeConfig, type LocaleCode } from '../../../curriculum/locales'
import type { QualitySnapshot, ScoreSnapshot } from '../../../curriculum/quality/snapshot'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' } as const
const small = { fontSize: '0.85em', margin: '0.25rem 0' } as const

function Score({ score }: { score: ScoreSnapshot }) {
  const target = [score.limit !== undefined && `limit ${score.direction} ${score.limit}`, score.aim !== undefined && `aim ${score.aim}`].filter(Boolean).join(', ')
  const verdict = !score.meetsLimit ? 'above the limit' : !score.meetsAim ? 'within the limit, not yet at the aim' : target ? 'meets the target' : ''
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
  const locale = value?.locale && (localeCodes as string[]).includes(value.locale) ? localeConfig(value.locale as LocaleCode).label : undefined
  return (
    <section style={box} aria-labelledby="quality-report-heading" data-testid="quality-report">
      <h3 id="quality-report-heading" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        Editorial quality{locale ? ` (${locale})` : ''}
      </h3>
      {!value ? (
        <p style={small}>Not checked yet: save to check this language.</p>
      ) : (
        <>
          <p style={small}>
            {value.errors === 0 && value.warnings === 0
              ? 'No problems found.'
              : `${value.errors} error${value.errors === 1 ? '' : 's'} (must be fixed before review, approval and publishing), ${value.warnings} warning${value.warnings === 1 ? '' : 's'} (advice).`}
          </p>
          <h4 style={{ ...small, fontWeight: 600 }}>Readability</h4>
          {value.readability.readers === null ? (
            <p style={small}>Facilitator material: no readability target.</p>
          ) : value.readability.minWords !== null && value.readability.words < value.readability.minWords ? (
            <p style={small}>
              {value.readability.words} words: too short to score (scored from {value.readability.minWords} words).
            </p>
          ) : (
            <>
              <p style={small}>
                For {value.readability.readers}: {value.readability.words} words in {value.readability.sentences} sentences.
                {value.readability.limitsNeeded === 'any' ? ' One formula within its limit is enough.' : ''}
              </p>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.readability.scores.map((score) => (
                  <Score key={score.formula} score={score} />
                ))}
              </ul>
            </>
          )}
          {value.findings.length > 0 && (
            <>
              <h4 style={{ ...small, fontWeight: 600 }}>Findings</h4>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.findings.map((finding, index) => (
                  <li key={`${finding.rule}-${index}`} style={small}>
                    <strong>{finding.severity === 'error' ? 'Error' : 'Warning'}</strong> in <code>{finding.field}</code>: {finding.message}
                    {finding.suggestion && <span> {finding.suggestion}</span>}
                    {finding.source && <em> ({finding.source})</em>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {value.allowed.length > 0 && (
            <>
              <h4 style={{ ...small, fontWeight: 600 }}>Allowed by an allowance</h4>
              <ul style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
                {value.allowed.map((use, index) => (
                  <li key={`${use.term}-${index}`} style={small}>
                    &ldquo;{use.text}&rdquo; in <code>{use.field}</code> ({use.scope === 'quoted' ? 'in quotation marks' : 'anywhere'}): {use.reason}
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
