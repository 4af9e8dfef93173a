import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import type { LocaleCode } from '../../../curriculum/locales'
import { actorFor, type Actor } from '../data/actor'
import { workspaceLocale } from '../locale'
import { paths } from '../paths'
import { signedInUser } from './signedInUser'

/**
 * The signed-in person behind a workspace request, through Payload's own authentication (the
 * session cookie or an Authorization header). Anyone else is sent to sign in, and comes back here.
 */
export async function requireActor(localeParam: string, returnTo: (locale: LocaleCode) => string): Promise<Actor & { locale: LocaleCode }> {
  const locale = workspaceLocale(localeParam)
  if (!locale) notFound()
  const payload = await getPayload({ config })
  const user = await signedInUser(payload, await headers())
  if (!user) redirect(paths.signIn(locale, returnTo(locale)))
  return { ...actorFor(payload, user), locale }
}

/** A route segment that must be a whole positive number (week, day, session). */
export function positiveInteger(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) notFound()
  return Number(value)
}
