import config from '@payload-config'
import { getPayload } from 'payload'
import { cohortCalendar } from '../../../../../../../facilitator/calendar/cohortCalendar'
import { actorFor } from '../../../../../../../facilitator/data/actor'
import { findCohort } from '../../../../../../../facilitator/data/cohorts'
import { findProgramPlan } from '../../../../../../../facilitator/data/programs'
import { translator } from '../../../../../../../i18n/translator'
import { workspaceLocale } from '../../../../../../../facilitator/locale'
import { paths } from '../../../../../../../facilitator/paths'
import { signedInUser } from '../../../../../../../facilitator/next/signedInUser'

interface Context {
  params: Promise<{ locale: string; cohort: string }>
}

/** A cohort's (or cycle's) sessions as an .ics file for the facilitator's own calendar. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale: localeParam, cohort: cohortId } = await params
  const locale = workspaceLocale(localeParam)
  if (!locale) return new Response(null, { status: 404 })
  const payload = await getPayload({ config })
  const user = await signedInUser(payload, request.headers)
  if (!user) {
    return new Response(null, { status: 303, headers: { location: paths.signIn(locale, paths.calendar(locale, cohortId)), 'cache-control': 'no-store' } })
  }
  const actor = actorFor(payload, user)
  const cohort = await findCohort(actor, cohortId)
  const program = cohort && (await findProgramPlan(actor, { id: cohort.programId }, locale))
  if (!cohort || !program) return new Response(null, { status: 404 })
  const origin = payload.config.serverURL || new URL(request.url).origin
  const body = cohortCalendar({
    cohort,
    program,
    locale,
    t: translator(locale),
    sessionUrl: (week, day, session) => new URL(paths.session(locale, program.slug, week, day, session), origin).toString(),
    uidDomain: new URL(origin).hostname,
  })
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${program.slug}-cohort-${cohort.id}.ics"`,
      'cache-control': 'private, no-store',
    },
  })
}
