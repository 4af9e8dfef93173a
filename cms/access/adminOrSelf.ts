import type { Access } from 'payload'
import { userHasRole } from './userRole'

/** Admins see every account; anyone else signed in sees only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, ['admin'])) return true
  return { id: { equals: req.user.id } }
}
