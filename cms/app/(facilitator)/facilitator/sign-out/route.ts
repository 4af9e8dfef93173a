import config from '@payload-config'
import { createLocalReq, getPayload, logoutOperation } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'
import { defaultLocale } from '../../../../../curriculum/locales'
import { translator } from '../../../../i18n/translator'
import { workspaceLocale } from '../../../../facilitator/locale'
import { paths } from '../../../../facilitator/paths'
import { sameOrigin } from '../../../../facilitator/next/sameOrigin'
import { signedInUser } from '../../../../facilitator/next/signedInUser'

/** Ends the Payload session (server side too) and clears its cookie. */
export async function POST(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  if (!sameOrigin(request, payload.config.serverURL)) return new Response(translator(defaultLocale)('facilitator:errors.otherOrigin'), { status: 403 })
  const form = await request.formData()
  const locale = workspaceLocale(String(form.get('locale') ?? '')) ?? defaultLocale
  const user = await signedInUser(payload, request.headers)
  if (user) await logoutOperation({ collection: payload.collections.users, req: await createLocalReq({ user }, payload) })
  const cookie = generateExpiredPayloadCookie({ collectionAuthConfig: payload.collections.users.config.auth, cookiePrefix: payload.config.cookiePrefix })
  return new Response(null, { status: 303, headers: { location: `${paths.signIn(locale)}?signedOut=1`, 'set-cookie': cookie, 'cache-control': 'no-store' } })
}
