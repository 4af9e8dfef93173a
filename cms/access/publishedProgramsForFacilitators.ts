import type { Access, Where } from 'payload'
import { assignedProgramIds } from './assignedPrograms'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/**
 * Programs: editorial staff read everything, drafts included; a facilitator reads the published
 * programs they are assigned to; everyone else (the public included) reads what is published.
 */
export const publishedProgramsForFacilitators: Access = ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  if (userHasRole(req.user, ['facilitator'])) {
    const assigned = assignedProgramIds(req.user)
    if (assigned.length === 0) return false
    const publishedAndAssigned: Where = { and: [{ _status: { equals: 'published' } }, { id: { in: assigned } }] }
    return publishedAndAssigned
  }
  return { _status: { equals: 'published' } }
}
