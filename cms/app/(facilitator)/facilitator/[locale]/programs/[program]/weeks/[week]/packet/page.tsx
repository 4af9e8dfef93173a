import { notFound } from 'next/navigation'
import { crisisResources, findHandouts, type Handout } from '../../../../../../../../../facilitator/data/handouts'
import { findProgramPlan } from '../../../../../../../../../facilitator/data/programs'
import { findPublishedScripts } from '../../../../../../../../../facilitator/data/scripts'
import { formatClock, formatWeekday, languageName } from '../../../../../../../../../facilitator/i18n/format'
import { translator } from '../../../../../../../../../i18n/translator'
import { handoutLocale } from '../../../../../../../../../facilitator/locale'
import { positiveInteger, requireActor } from '../../../../../../../../../facilitator/next/requireActor'
import { paths, type HandoutKind } from '../../../../../../../../../facilitator/paths'
import { HandoutView } from '../../../../../../../../../facilitator/components/HandoutView'
import { PrintButton } from '../../../../../../../../../facilitator/components/PrintButton'
import { ScriptView } from '../../../../../../../../../facilitator/components/ScriptView'
import { WorkspacePage } from '../../../../../../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string; program: string; week: string }>
  searchParams: Promise<{ handouts?: string }>
}

/**
 * A whole week as one print-ready packet: every session's script in order, each followed by its
 * handouts in the patients' language, each starting on a new page, without the screen's chrome.
 */
export default async function PacketPage({ params, searchParams }: Props) {
  const { locale: localeParam, program: slug, week: weekParam } = await params
  const weekNumber = positiveInteger(weekParam)
  const asked = (await searchParams).handouts
  const actor = await requireActor(localeParam, (locale) => paths.packet(locale, slug, weekNumber, handoutLocale(asked, locale)))
  const { locale } = actor
  const patientLocale = handoutLocale(asked, locale)
  const t = translator(locale)
  const plan = await findProgramPlan(actor, { slug }, locale, { titles: false })
  const week = plan?.schedule.find((w) => w.week === weekNumber)
  if (!plan || !week) notFound()

  const sessions = week.days.flatMap((day) => day.sessions.map((session) => ({ day: day.day, session })))
  const scripts = await findPublishedScripts(
    actor,
    sessions.flatMap(({ session }) => (session.scriptId === null ? [] : [session.scriptId])),
    locale,
  )
  const wanted = new Map<HandoutKind, Set<string>>()
  for (const script of scripts.values()) for (const handout of script.handouts) (wanted.get(handout.kind) ?? wanted.set(handout.kind, new Set()).get(handout.kind)!).add(handout.slug)
  const [crisis, found] = await Promise.all([
    crisisResources(actor, patientLocale),
    Promise.all([...wanted.entries()].map(async ([kind, slugs]) => ({ kind, docs: await findHandouts(actor, kind, [...slugs], patientLocale) }))),
  ])
  const handout = (kind: HandoutKind, slugOf: string): Handout | undefined => found.find((f) => f.kind === kind)?.docs.get(slugOf)
  const weekTitle = t('facilitator:week.title', { week: week.week })
  const title = t('facilitator:packet.title', { week: week.week, program: plan.name })

  return (
    <WorkspacePage
      locale={locale}
      title={title}
      hrefFor={(other) => paths.packet(other, slug, weekNumber, patientLocale)}
      userName={actor.user.name}
      crumbs={[
        { label: t('facilitator:today.title'), href: paths.today(locale) },
        { label: plan.name, href: paths.program(locale, slug) },
        { label: weekTitle, href: paths.week(locale, slug, weekNumber) },
        { label: t('facilitator:packet.crumb') },
      ]}
    >
      <div className="packet-cover packet-section">
        <h1 id="packet-title">{title}</h1>
        <p className="meta">{t('facilitator:packet.handoutsIn', { language: languageName(patientLocale, locale) })}</p>
        <div className="toolbar">
          <PrintButton label={t('facilitator:packet.print')} />
        </div>
        <h2>{t('facilitator:packet.contents')}</h2>
        <ol className="packet-contents">
          {sessions.map(({ day, session }) => (
            <li key={`${day}-${session.number}`}>
              {`${formatWeekday(day, locale)} ${formatClock(session.start, locale)} · ${scripts.get(session.scriptId ?? -1)?.title ?? session.title ?? ''}`}
            </li>
          ))}
        </ol>
      </div>
      {sessions.map(({ day, session }) => {
        const script = session.scriptId === null ? undefined : scripts.get(session.scriptId)
        if (!script) return null
        return (
          <div key={`${day}-${session.number}`} className="packet-session">
            <div className="packet-section">
              <ScriptView locale={locale} script={script} session={session} week={week.week} day={day} level={2} interactive={false} id={`script-${day}-${session.number}`} />
            </div>
            {script.handouts.map((ref) => {
              const doc = handout(ref.kind, ref.slug)
              return doc ? (
                <div key={ref.key} className="packet-section packet-handout">
                  <HandoutView patientLocale={patientLocale} uiLocale={locale} handout={doc} crisis={crisis} level={2} id={`handout-${day}-${session.number}-${ref.kind}-${doc.id}`} />
                </div>
              ) : null
            })}
          </div>
        )
      })}
    </WorkspacePage>
  )
}
