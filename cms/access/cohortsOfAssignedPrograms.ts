import type { Access } from 'payload'
import { assignedProgramIds } from './assignedPrograms'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/** Cohort schedules are operational: staff read all of them, a facilitator those of their programs, the public none. */
export const cohortsOfAssignedPrograms: Access = ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  if (!userHasRole(req.user, ['facilitator'])) return false
  const assigned = assignedProgramIds(req.user)
  return assigned.length === 0 ? false : { program: { in: assigned } }
}
