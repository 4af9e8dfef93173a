import type { Access } from 'payload'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/**
 * Editorial staff read everything, drafts included. Everyone else (facilitators, marketing on
 * clinical content, the public) reads only what has been published.
 */
export const editorsOrPublished: Access = ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  return { _status: { equals: 'published' } }
}
