import { defaultLocale, localeCodes } from '../../../../curriculum/locales'
import { negotiateLocale } from '../../../../site/lib/negotiateLocale'
import { paths } from '../../../facilitator/paths'
import { workspaceLocale } from '../../../facilitator/locale'

/** /facilitator: the workspace in the language the browser asks for. */
export function GET(request: Request): Response {
  const locale = workspaceLocale(negotiateLocale(request.headers.get('accept-language') ?? undefined, localeCodes, defaultLocale)) ?? defaultLocale
  return new Response(null, { status: 307, headers: { location: paths.today(locale), vary: 'Accept-Language' } })
}
