import { notFound } from 'next/navigation'
import { findProgramPlan, sessionAt } from '../../../../../../../../../../../../facilitator/data/programs'
import { findPublishedScript } from '../../../../../../../../../../../../facilitator/data/scripts'
import { changesSinceLastView } from '../../../../../../../../../../../../facilitator/data/scriptViews'
import { formatWeekday } from '../../../../../../../../../../../../facilitator/i18n/format'
import { translator } from '../../../../../../../../../../../../i18n/translator'
import { positiveInteger, requireActor } from '../../../../../../../../../../../../facilitator/next/requireActor'
import { paths } from '../../../../../../../../../../../../facilitator/paths'
import { ChangeSummary } from '../../../../../../../../../../../../facilitator/components/ChangeSummary'
import { PrintButton } from '../../../../../../../../../../../../facilitator/components/PrintButton'
import { ScriptView } from '../../../../../../../../../../../../facilitator/components/ScriptView'
import { WorkspacePage } from '../../../../../../../../../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string; program: string; week: string; day: string; session: string }>
}

/** The script of one session, as run in the room: the published version only, with what changed since last time. */
export default async function SessionPage({ params }: Props) {
  const { locale: localeParam, program: slug, week: weekParam, day: dayParam, session: sessionParam } = await params
  const [week, day, number] = [positiveInteger(weekParam), positiveInteger(dayParam), positiveInteger(sessionParam)]
  const actor = await requireActor(localeParam, (locale) => paths.session(locale, slug, week, day, number))
  const { locale } = actor
  const t = translator(locale)
  const plan = await findProgramPlan(actor, { slug }, locale, { titles: false })
  const session = plan && sessionAt(plan, week, day, number)
  if (!plan || !session || session.scriptId === null) notFound()
  const script = await findPublishedScript(actor, session.scriptId, locale)
  if (!script) notFound()
  const summary = await changesSinceLastView(actor, script.id, script.contentLocale)
  const handoutTitles = new Map(script.handouts.map((handout) => [handout.key, handout.title]))
  const weekTitle = t('facilitator:week.title', { week })

  return (
    <WorkspacePage
      locale={locale}
      title={script.title}
      hrefFor={(other) => paths.session(other, slug, week, day, number)}
      userName={actor.user.name}
      crumbs={[
        { label: t('facilitator:today.title'), href: paths.today(locale) },
        { label: plan.name, href: paths.program(locale, slug) },
        { label: weekTitle, href: paths.week(locale, slug, week) },
        { label: `${formatWeekday(day, locale)} · ${script.title}` },
      ]}
    >
      <div className="toolbar">
        <PrintButton label={t('facilitator:script.print')} />
        <a className="button button-quiet" href={paths.packet(locale, slug, week)}>
          {t('facilitator:script.weekPacket')}
        </a>
      </div>
      <ChangeSummary locale={locale} summary={summary} handoutTitle={(key) => handoutTitles.get(key)} />
      <ScriptView locale={locale} script={script} session={session} week={week} day={day} level={1} interactive />
    </WorkspacePage>
  )
}
