import { executeAuthStrategies, type Payload } from 'payload'
import type { User } from '../../payload-types'

/**
 * The staff account behind a request, through Payload's own auth strategies (its session cookie
 * with the CSRF rules, or an Authorization header). Unlike `payload.auth`, it does not also work
 * out the admin panel's permission map for every collection, which the workspace never uses and
 * which costs more than the page it guards.
 */
export async function signedInUser(payload: Payload, headers: Headers): Promise<User | undefined> {
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return user && user.collection === 'users' ? (user as User) : undefined
}
