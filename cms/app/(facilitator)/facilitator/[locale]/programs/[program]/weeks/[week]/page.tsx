import { notFound } from 'next/navigation'
import { locales } from '../../../../../../../../../curriculum/locales'
import { findProgramPlan } from '../../../../../../../../facilitator/data/programs'
import { formatWeekday } from '../../../../../../../../facilitator/i18n/format'
import { translator } from '../../../../../../../../i18n/translator'
import { positiveInteger, requireActor } from '../../../../../../../../facilitator/next/requireActor'
import { paths } from '../../../../../../../../facilitator/paths'
import { SessionList } from '../../../../../../../../facilitator/components/SessionList'
import { WorkspacePage } from '../../../../../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string; program: string; week: string }>
}

/** One week of a program: its days, the sessions of each in order, and the week's print packet. */
export default async function WeekPage({ params }: Props) {
  const { locale: localeParam, program: slug, week: weekParam } = await params
  const weekNumber = positiveInteger(weekParam)
  const actor = await requireActor(localeParam, (locale) => paths.week(locale, slug, weekNumber))
  const { locale } = actor
  const t = translator(locale)
  const plan = await findProgramPlan(actor, { slug }, locale)
  const week = plan?.schedule.find((w) => w.week === weekNumber)
  if (!plan || !week) notFound()
  const weekTitle = t('facilitator:week.title', { week: week.week })

  return (
    <WorkspacePage
      locale={locale}
      title={`${weekTitle} · ${plan.name}`}
      hrefFor={(other) => paths.week(other, slug, weekNumber)}
      userName={actor.user.name}
      crumbs={[{ label: t('facilitator:today.title'), href: paths.today(locale) }, { label: plan.name, href: paths.program(locale, slug) }, { label: weekTitle }]}
    >
      <h1>
        {weekTitle}
        <span className="subtle">{` · ${plan.name}`}</span>
      </h1>

      <nav className="week-pager" aria-label={t('facilitator:week.pager')}>
        {weekNumber > 1 && <a href={paths.week(locale, slug, weekNumber - 1)}>{t('facilitator:week.previous', { week: weekNumber - 1 })}</a>}
        {weekNumber < plan.schedule.length && <a href={paths.week(locale, slug, weekNumber + 1)}>{t('facilitator:week.next', { week: weekNumber + 1 })}</a>}
      </nav>

      {week.days.map((day) => (
        <section key={day.day} className="day" aria-labelledby={`day-${day.day}`}>
          <h2 id={`day-${day.day}`}>{formatWeekday(day.day, locale)}</h2>
          <SessionList locale={locale} program={slug} week={week.week} day={day.day} sessions={day.sessions} />
        </section>
      ))}

      {week.assigned.length > 0 && (
        <section aria-labelledby="assigned">
          <h2 id="assigned">{t('facilitator:week.assigned')}</h2>
          <ul>
            {week.assigned.map((item) => (
              <li key={`${item.kind}-${item.slug}`}>
                <a href={paths.handout(locale, item.kind, item.slug, locale)}>{item.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="packet-form" aria-labelledby="packet">
        <h2 id="packet">{t('facilitator:week.packet')}</h2>
        <p>{t('facilitator:week.packetIntro')}</p>
        <form method="get" action={paths.packet(locale, slug, week.week)}>
          <label htmlFor="handouts">{t('facilitator:week.handoutLanguage')}</label>
          <select id="handouts" name="handouts" defaultValue={locale}>
            {locales.map((other) => (
              <option key={other.code} value={other.code} lang={other.htmlLang}>
                {other.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('facilitator:week.openPacket')}
          </button>
        </form>
      </section>
    </WorkspacePage>
  )
}
