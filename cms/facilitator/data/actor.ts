import { Forbidden, type Payload } from 'payload'
import type { User } from '../../payload-types'

/**
 * Who the workspace reads for. Every Local API call made with it passes `overrideAccess: false`
 * and the user, so Payload's access control decides what that person may see.
 */
export interface Actor {
  payload: Payload
  user: User
  /**
   * Shared by the Local API calls of one page render, so what access control works out once
   * (the scripts of a facilitator's programs) is not worked out again for every call.
   */
  context?: Record<string, unknown>
}

export function actorFor(payload: Payload, user: User): Actor {
  return { payload, user, context: {} }
}

export function asUser(actor: Actor): { user: User; overrideAccess: false; context?: Record<string, unknown> } {
  return { user: actor.user, overrideAccess: false, ...(actor.context ? { context: actor.context } : {}) }
}

/**
 * A list this person may not read at all (a facilitator assigned to no program) is, for the
 * workspace, an empty list: access control says no, and the page says there is nothing yet.
 */
export async function orNothing<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read
  } catch (error) {
    if (error instanceof Forbidden) return []
    throw error
  }
}
