import { isoDateSchema } from '../../../../../curriculum/schemas/common'
import { listCohorts } from '../../../../facilitator/data/cohorts'
import { findProgramPlan, listPrograms, type ProgramPlan } from '../../../../facilitator/data/programs'
import { formatDay, formatWeekday } from '../../../../facilitator/i18n/format'
import { deliveryLabels } from '../../../../facilitator/i18n/labels'
import { translator } from '../../../../i18n/translator'
import { requireActor } from '../../../../facilitator/next/requireActor'
import { paths } from '../../../../facilitator/paths'
import { cohortDay, cohortToday, type CohortDay } from '../../../../facilitator/today'
import { SessionList } from '../../../../facilitator/components/SessionList'
import { WorkspacePage } from '../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ date?: string }>
}

/** Today: every cohort of this facilitator's programs, the day's sessions in order; then their programs. */
export default async function TodayPage({ params, searchParams }: Props) {
  const { date: asked } = await searchParams
  const date = asked && isoDateSchema.safeParse(asked).success ? asked : undefined
  const actor = await requireActor((await params).locale, (locale) => paths.today(locale, date))
  const { locale } = actor
  const t = translator(locale)
  const [programs, cohorts] = await Promise.all([listPrograms(actor, locale), listCohorts(actor)])
  const plans = new Map<number, ProgramPlan>()
  await Promise.all(
    [...new Set(cohorts.map((c) => c.programId))].map(async (id) => {
      const plan = await findProgramPlan(actor, { id }, locale)
      if (plan) plans.set(id, plan)
    }),
  )
  const days: CohortDay[] = cohorts.flatMap((cohort) => {
    const plan = plans.get(cohort.programId)
    if (!plan) return []
    return [date ? cohortDay(cohort, plan, date) : cohortToday(cohort, plan)]
  })
  const running = days.filter((day) => day.status === 'running')

  return (
    <WorkspacePage locale={locale} title={t('facilitator:today.title')} hrefFor={(other) => paths.today(other, date)} userName={actor.user.name}>
      <h1>{date ? t('facilitator:today.headingOn', { date: formatDay(date, locale) }) : t('facilitator:today.heading')}</h1>
      <form className="date-picker" method="get" action={paths.today(locale)}>
        <label htmlFor="date">{t('facilitator:today.pickDay')}</label>
        <input id="date" name="date" type="date" defaultValue={date} />
        <button type="submit" className="button button-quiet">
          {t('facilitator:today.show')}
        </button>
        {date && <a href={paths.today(locale)}>{t('facilitator:today.backToToday')}</a>}
      </form>

      {cohorts.length === 0 && <p>{t('facilitator:today.noCohorts')}</p>}
      {days.length > 0 && running.every((day) => day.sessions.length === 0) && <p>{t('facilitator:today.none')}</p>}

      {days.map(({ cohort, program, date: day, week, day: weekday, sessions, status }) => (
        <section key={cohort.id} className="cohort-day" aria-labelledby={`cohort-${cohort.id}`}>
          <h2 id={`cohort-${cohort.id}`}>
            {cohort.name}
            <span className="subtle">{` · ${program.name}`}</span>
          </h2>
          <p className="meta">
            {status === 'running' && week !== undefined
              ? t('facilitator:today.weekOf', { week, weeks: program.weeks, weekday: formatWeekday(weekday, locale), date: formatDay(day, locale, false), timeZone: cohort.timeZone })
              : status === 'not-started'
                ? t('facilitator:today.notStarted', { date: formatDay(cohort.startsOn, locale, false) })
                : t('facilitator:today.ended')}
          </p>
          {status === 'running' && week !== undefined && sessions.length === 0 && <p>{t('facilitator:today.dayOff')}</p>}
          {week !== undefined && sessions.length > 0 && (
            <SessionList locale={locale} program={program.slug} week={week} day={weekday} sessions={sessions} />
          )}
          {week !== undefined && (
            <p>
              <a href={paths.week(locale, program.slug, week)}>{t('facilitator:today.openWeek', { week })}</a>
            </p>
          )}
        </section>
      ))}

      <section aria-labelledby="programs">
        <h2 id="programs">{t('facilitator:programs.heading')}</h2>
        {programs.length === 0 ? (
          <p>{t('facilitator:programs.none')}</p>
        ) : (
          <ul className="program-list">
            {programs.map((program) => (
              <li key={program.id}>
                <a href={paths.program(locale, program.slug)}>{program.name}</a>
                <span className="subtle">{` · ${t('facilitator:programs.weeks', { count: program.weeks })} · ${t(deliveryLabels[program.delivery])}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </WorkspacePage>
  )
}
