import { notFound } from 'next/navigation'
import { locales } from '../../../../../../../../curriculum/locales'
import { crisisResources, findHandouts } from '../../../../../../../facilitator/data/handouts'
import { isHandoutKind } from '../../../../../../../../curriculum/schemas'
import { languageName } from '../../../../../../../facilitator/i18n/format'
import { translator } from '../../../../../../../i18n/translator'
import { handoutLocale } from '../../../../../../../facilitator/locale'
import { requireActor } from '../../../../../../../facilitator/next/requireActor'
import { paths } from '../../../../../../../facilitator/paths'
import { HandoutView } from '../../../../../../../facilitator/components/HandoutView'
import { PrintButton } from '../../../../../../../facilitator/components/PrintButton'
import { WorkspacePage } from '../../../../../../../facilitator/components/WorkspacePage'

interface Props {
  params: Promise<{ locale: string; kind: string; slug: string }>
  searchParams: Promise<{ lang?: string }>
}

/** One handout, printable in the patient's language whatever language the facilitator works in. */
export default async function HandoutPage({ params, searchParams }: Props) {
  const { locale: localeParam, kind, slug } = await params
  if (!isHandoutKind(kind)) notFound()
  const asked = (await searchParams).lang
  const actor = await requireActor(localeParam, (locale) => paths.handout(locale, kind, slug, handoutLocale(asked, locale)))
  const { locale } = actor
  const patientLocale = handoutLocale(asked, locale)
  const t = translator(locale)
  const [found, crisis] = await Promise.all([findHandouts(actor, kind, [slug], patientLocale), crisisResources(actor, patientLocale)])
  const handout = found.get(slug)
  if (!handout) notFound()

  return (
    <WorkspacePage
      locale={locale}
      title={handout.title}
      hrefFor={(other) => paths.handout(other, kind, slug, patientLocale)}
      userName={actor.user.name}
      crumbs={[{ label: t('facilitator:today.title'), href: paths.today(locale) }, { label: t('facilitator:handout.crumb') }]}
    >
      <div className="toolbar">
        <nav aria-label={t('facilitator:handout.language')}>
          <span>{t('facilitator:handout.language')}</span>
          <ul className="inline-list">
            {locales.map((other) => (
              <li key={other.code}>
                <a href={paths.handout(locale, kind, slug, other.code)} lang={other.htmlLang} aria-current={other.code === patientLocale ? 'true' : undefined}>
                  {other.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <PrintButton label={t('facilitator:handout.print', { language: languageName(patientLocale, locale) })} />
      </div>
      <HandoutView patientLocale={patientLocale} uiLocale={locale} handout={handout} crisis={crisis} level={1} />
    </WorkspacePage>
  )
}
