import { notFound } from 'next/navigation'
import { todayIn } from '../../../../../../../curriculum/rules/cycleCalendar'
import { listCohorts } from '../../../../../../facilitator/data/cohorts'
import { findProgramPlan } from '../../../../../../facilitator/data/programs'
import { formatDay } from '../../../../../../facilitator/i18n/format'
import { deliveryLabels } from '../../../../../../facilitator/i18n/labels'
import { translator } from '../../../../../../i18n/translator'
import { requireActor } from '../../../../../../facilitator/next/requireActor'
import { paths } from '../../../../../../facilitator/paths'
import { cohortWeek } from '../../../../../../facilitator/today'
import { WorkspacePage } from '../../../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string; program: string }>
}

/** A program: its cohorts or cycles with the week each is in today and its calendar, and every week to pick from. */
export default async function ProgramPage({ params }: Props) {
  const { locale: localeParam, program: slug } = await params
  const actor = await requireActor(localeParam, (locale) => paths.program(locale, slug))
  const { locale } = actor
  const t = translator(locale)
  const plan = await findProgramPlan(actor, { slug }, locale)
  if (!plan) notFound()
  const cohorts = await listCohorts(actor, plan.id)

  return (
    <WorkspacePage
      locale={locale}
      title={plan.name}
      hrefFor={(other) => paths.program(other, slug)}
      userName={actor.user.name}
      crumbs={[{ label: t('facilitator:today.title'), href: paths.today(locale) }, { label: plan.name }]}
    >
      <h1>{plan.name}</h1>
      <p className="lead">{plan.summary}</p>
      <p className="meta">{`${t('facilitator:programs.weeks', { count: plan.weeks })} · ${t(deliveryLabels[plan.delivery])}`}</p>

      <section aria-labelledby="cohorts">
        <h2 id="cohorts">{t('facilitator:program.cohorts')}</h2>
        {cohorts.length === 0 ? (
          <p>{plan.delivery === 'rolling' ? t('facilitator:program.noCycle') : t('facilitator:program.noCohort')}</p>
        ) : (
          <ul className="cohort-list">
            {cohorts.map((cohort) => {
              const week = cohortWeek(cohort, plan, todayIn(cohort.timeZone))
              return (
                <li key={cohort.id}>
                  <strong id={`cohort-${cohort.id}`}>{cohort.name}</strong>
                  <span>{` · ${t('facilitator:program.startsOn', { date: formatDay(cohort.startsOn, locale, false), timeZone: cohort.timeZone })}`}</span>
                  <span>
                    {' · '}
                    {week !== undefined ? <a href={paths.week(locale, plan.slug, week)}>{t('facilitator:program.thisWeek', { week })}</a> : t('facilitator:program.notRunning')}
                  </span>
                  <a className="button button-small" href={paths.calendar(locale, cohort.id)} download aria-describedby={`cohort-${cohort.id}`}>
                    {t('facilitator:program.calendar')}
                  </a>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="weeks">
        <h2 id="weeks">{t('facilitator:program.weeks')}</h2>
        <p>{plan.delivery === 'rolling' ? t('facilitator:program.pickWeekRolling') : t('facilitator:program.pickWeek')}</p>
        <ol className="week-grid">
          {plan.schedule.map((week) => (
            <li key={week.week}>
              <a href={paths.week(locale, plan.slug, week.week)}>{t('facilitator:week.title', { week: week.week })}</a>
            </li>
          ))}
        </ol>
      </section>
    </WorkspacePage>
  )
}
