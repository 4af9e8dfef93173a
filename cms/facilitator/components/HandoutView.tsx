import { localeConfig, type LocaleCode } from '../../../curriculum/locales'
import type { CrisisResource, Handout } from '../data/handouts'
import { formatDay } from '../i18n/format'
import { translator } from '../../i18n/translator'
import { FallbackNotice } from './FallbackNotice'
import { shiftHeadings } from './shiftHeadings'

interface Props {
  /** The patient's language: the handout, its headings and its help lines are all in it. */
  patientLocale: LocaleCode
  /** The facilitator's language, for the one notice meant for them. */
  uiLocale: LocaleCode
  handout: Handout
  crisis: CrisisResource[]
  level: 1 | 2
  id?: string
}

/** A module or exercise printed for a patient or family member, in their language, with where to get help now. */
export function HandoutView({ patientLocale, uiLocale, handout, crisis, level, id = `handout-${handout.kind}-${handout.id}` }: Props) {
  const t = translator(patientLocale)
  const Title = level === 1 ? 'h1' : 'h2'
  const Section = level === 1 ? 'h2' : 'h3'
  const lang = localeConfig(handout.contentLocale).htmlLang
  return (
    <article className="handout" lang={localeConfig(patientLocale).htmlLang} aria-labelledby={`${id}-title`}>
      {!handout.translated && (
        <div lang={localeConfig(uiLocale).htmlLang}>
          <FallbackNotice locale={uiLocale} asked={patientLocale} shown={handout.contentLocale} kind="handout" />
        </div>
      )}
      <Title id={`${id}-title`} lang={lang}>
        {handout.title}
      </Title>
      <p className="lead" lang={lang}>
        {handout.summary}
      </p>
      {handout.objectives.length > 0 && (
        <section aria-labelledby={`${id}-objectives`}>
          <Section id={`${id}-objectives`}>{t('pages:lesson.objectives')}</Section>
          <ul lang={lang}>
            {handout.objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
      {handout.safetyNotes.length > 0 && (
        <section className="handout-safety" aria-labelledby={`${id}-safety`}>
          <Section id={`${id}-safety`}>{t('pages:exercise.safety')}</Section>
          <ul lang={lang}>
            {handout.safetyNotes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      {handout.steps.length > 0 && (
        <section aria-labelledby={`${id}-steps`}>
          <Section id={`${id}-steps`}>{t('pages:exercise.steps')}</Section>
          <ol lang={lang}>
            {handout.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </section>
      )}
      {handout.bodyHtml && <div className="rich-text" lang={lang} dangerouslySetInnerHTML={{ __html: shiftHeadings(handout.bodyHtml, level - 1) }} />}
      {handout.keyPoints.length > 0 && (
        <section className="key-points" aria-labelledby={`${id}-key-points`}>
          <Section id={`${id}-key-points`}>{t('pages:lesson.keyPoints')}</Section>
          <ol lang={lang}>
            {handout.keyPoints.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ol>
        </section>
      )}
      {handout.tryThis && (
        <section className="try-this" aria-labelledby={`${id}-try-this`}>
          <Section id={`${id}-try-this`}>{t('pages:lesson.tryThis')}</Section>
          <p lang={lang}>{handout.tryThis}</p>
        </section>
      )}
      {handout.reviewer && handout.reviewedOn && (
        <p className="review-line">{t('facilitator:handout.reviewed', { reviewer: handout.reviewer, date: formatDay(handout.reviewedOn, patientLocale, false) })}</p>
      )}
      {crisis.length > 0 && (
        <aside className="handout-help" aria-labelledby={`${id}-help`}>
          <Section id={`${id}-help`}>{t('common:crisis.title')}</Section>
          <ul>
            {crisis.map((resource, index) => (
              <li key={index}>
                <strong>{resource.name}</strong>
                {resource.phone && <span>{` ${t('common:crisis.call', { number: resource.phone })}.`}</span>}
                {resource.sms && (
                  <span>{` ${resource.smsKeyword ? t('common:crisis.textKeyword', { number: resource.sms, keyword: resource.smsKeyword }) : t('common:crisis.text', { number: resource.sms })}.`}</span>
                )}
                <span>{` ${resource.description}`}</span>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <p className="printed-note">{t('facilitator:handout.note')}</p>
    </article>
  )
}
