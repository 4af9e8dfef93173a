import type { Access } from 'payload'
import { userHasRole } from './userRole'

/** Records that belong to one user (their `user` field): theirs alone, and an admin's. */
export const ownRecords: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, ['admin'])) return true
  return { user: { equals: req.user.id } }
}
