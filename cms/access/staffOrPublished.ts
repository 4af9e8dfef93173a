import type { Access } from 'payload'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/**
 * Session scripts are facilitator material: editorial staff read all of them, facilitators read
 * published ones, and nobody else (least of all the public) reads any.
 */
export const staffOrPublishedForFacilitators: Access = ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  if (userHasRole(req.user, ['facilitator'])) return { _status: { equals: 'published' } }
  return false
}
