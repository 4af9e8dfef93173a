import config from '@payload-config'
import { getPayload } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { defaultLocale } from '../../../../../curriculum/locales'
import { translator } from '../../../../i18n/translator'
import { workspaceLocale } from '../../../../facilitator/locale'
import { paths, safeReturnPath } from '../../../../facilitator/paths'
import { sameOrigin } from '../../../../facilitator/next/sameOrigin'

const seeOther = (location: string, cookie?: string) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) } })

/**
 * The sign-in form posts here (no script needed): Payload checks the password and its lockout
 * rules, and its own session cookie is set before going back to the page that asked.
 */
export async function POST(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  if (!sameOrigin(request, payload.config.serverURL)) return new Response(translator(defaultLocale)('facilitator:errors.otherOrigin'), { status: 403 })
  const form = await request.formData()
  const locale = workspaceLocale(String(form.get('locale') ?? '')) ?? defaultLocale
  const next = safeReturnPath(String(form.get('next') ?? ''), paths.today(locale))
  const email = String(form.get('email') ?? '').trim()
  const password = String(form.get('password') ?? '')
  if (!email || !password) return seeOther(`${paths.signIn(locale, next)}&error=missing`)
  try {
    const { token } = await payload.login({ collection: 'users', data: { email, password } })
    if (!token) return seeOther(`${paths.signIn(locale, next)}&error=invalid`)
    const cookie = generatePayloadCookie({ collectionAuthConfig: payload.collections.users.config.auth, cookiePrefix: payload.config.cookiePrefix, token })
    return seeOther(next, cookie)
  } catch (error) {
    const locked = error instanceof Error && error.name === 'LockedAuth'
    return seeOther(`${paths.signIn(locale, next)}&error=${locked ? 'locked' : 'invalid'}`)
  }
}
