import { segmentClockTimes } from '../../../curriculum/facilitation/segmentClock'
import { localeConfig, locales, type LocaleCode } from '../../../curriculum/locales'
import type { PublishedScript } from '../data/scripts'
import type { ScheduledSession } from '../data/programs'
import { formatClock, formatMoment, formatWeekday, languageName } from '../i18n/format'
import { adaptationLabels, slotKindLabels } from '../i18n/labels'
import { translator } from '../../i18n/translator'
import { paths } from '../paths'
import { FallbackNotice } from './FallbackNotice'
import { shiftHeadings } from './shiftHeadings'

interface Props {
  locale: LocaleCode
  script: PublishedScript
  session: ScheduledSession
  week: number
  day: number
  /** 1 on the script's own page, 2 inside a week packet. */
  level: 1 | 2
  /** On screen the handouts are links to print; a packet prints them after the script instead. */
  interactive: boolean
  id?: string
}

/**
 * A session script as a facilitator runs it: goals, preparation, materials to tick off, timed
 * segments with running clock times from the slot's start, prompts, adaptations and the safety note.
 */
export function ScriptView({ locale, script, session, week, day, level, interactive, id = `script-${script.id}` }: Props) {
  const t = translator(locale)
  const Title = level === 1 ? 'h1' : 'h2'
  const Section = level === 1 ? 'h2' : 'h3'
  const Segment = level === 1 ? 'h3' : 'h4'
  const lang = script.translated ? undefined : localeConfig(script.contentLocale).htmlLang
  const times = segmentClockTimes(session.start, script.segments)
  return (
    <article className="script" aria-labelledby={`${id}-title`}>
      <header className="script-header">
        <p className="kicker">
          {t('facilitator:script.when', { week, weekday: formatWeekday(day, locale), start: formatClock(session.start, locale), end: formatClock(session.end, locale) })}
          {' · '}
          {t(slotKindLabels[session.kind])}
        </p>
        <Title id={`${id}-title`} lang={lang}>
          {script.title}
        </Title>
        <p className="meta">
          {t('facilitator:script.minutes', { count: script.minutes })}
          {' · '}
          {t('facilitator:script.version', { date: formatMoment(script.publishedAt, locale) })}
        </p>
        {!script.translated && <FallbackNotice locale={locale} asked={locale} shown={script.contentLocale} kind="script" />}
      </header>

      <section className="goals" aria-labelledby={`${id}-goals`}>
        <Section id={`${id}-goals`}>{t('facilitator:script.goals')}</Section>
        <ul lang={lang}>
          {script.goals.map((goal, index) => (
            <li key={index}>{goal}</li>
          ))}
        </ul>
      </section>

      <section className="preparation" aria-labelledby={`${id}-preparation`}>
        <Section id={`${id}-preparation`}>{t('facilitator:script.preparation')}</Section>
        <p lang={lang}>{script.preparation}</p>
      </section>

      {script.materials.length > 0 && (
        <section className="materials" aria-labelledby={`${id}-materials`}>
          <Section id={`${id}-materials`}>{t('facilitator:script.materials')}</Section>
          <ul className="checklist" lang={lang}>
            {script.materials.map((material, index) => (
              <li key={index}>
                <label>
                  <input type="checkbox" />
                  <span>{material}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="segments" aria-labelledby={`${id}-segments`}>
        <Section id={`${id}-segments`}>{t('facilitator:script.segments')}</Section>
        <ol className="segment-list">
          {script.segments.map((segment, index) => (
            <li key={index} className="segment">
              <Segment>
                <span className="clock">
                  <time>{formatClock(times[index]!.start, locale)}</time>–<time>{formatClock(times[index]!.end, locale)}</time>
                </span>{' '}
                <span lang={lang}>{segment.name}</span>
              </Segment>
              <p className="segment-minutes">{t('facilitator:script.minutes', { count: segment.minutes })}</p>
              {segment.prompts.length > 0 && (
                <ul className="prompts" aria-label={t('facilitator:script.prompts')} lang={lang}>
                  {segment.prompts.map((prompt, p) => (
                    <li key={p}>{prompt}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      {script.adaptations.length > 0 && (
        <section className="adaptations" aria-labelledby={`${id}-adaptations`}>
          <Section id={`${id}-adaptations`}>{t('facilitator:script.adaptations')}</Section>
          <dl>
            {script.adaptations.map((adaptation, index) => (
              <div key={index}>
                <dt>{t(adaptationLabels[adaptation.kind])}</dt>
                <dd lang={lang}>{adaptation.note}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section className="safety" aria-labelledby={`${id}-safety`}>
        <Section id={`${id}-safety`}>{t('facilitator:script.safety')}</Section>
        <p lang={lang}>{script.safetyNote}</p>
      </section>

      {script.notesHtml && (
        <section className="notes" aria-labelledby={`${id}-notes`}>
          <Section id={`${id}-notes`}>{t('facilitator:script.notes')}</Section>
          <div className="rich-text" lang={lang} dangerouslySetInnerHTML={{ __html: shiftHeadings(script.notesHtml, level + 1) }} />
        </section>
      )}

      {interactive && script.handouts.length > 0 && (
        <section className="handouts" aria-labelledby={`${id}-handouts`}>
          <Section id={`${id}-handouts`}>{t('facilitator:script.handouts')}</Section>
          <p>{t('facilitator:script.handoutsIntro')}</p>
          <ul className="handout-list">
            {script.handouts.map((handout, index) => (
              <li key={handout.key}>
                <span className="handout-title" id={`${id}-handout-${index}`}>
                  {handout.title}
                </span>
                <span className="handout-actions">
                  {locales.map((other) => (
                    <a key={other.code} className="button button-small" href={paths.handout(locale, handout.kind, handout.slug, other.code)} aria-describedby={`${id}-handout-${index}`}>
                      {t('facilitator:script.printIn', { language: languageName(other.code, locale) })}
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
