import type { Access, Where } from 'payload'
import { scriptIdsOfAssignedPrograms } from './assignedPrograms'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/**
 * Session scripts are facilitator material: editorial staff read all of them, a facilitator reads
 * the published scripts of the programs they are assigned to, and nobody else reads any.
 */
export const scriptsOfAssignedPrograms: Access = async ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  if (!userHasRole(req.user, ['facilitator'])) return false
  const ids = await scriptIdsOfAssignedPrograms(req)
  if (ids.length === 0) return false
  const publishedAndScheduled: Where = { and: [{ _status: { equals: 'published' } }, { id: { in: ids } }] }
  return publishedAndScheduled
}

/**
 * Version history holds drafts, so only editorial staff read all of it; a facilitator reads the
 * published versions of their programs' scripts, which is what "changed since you last viewed"
 * compares.
 */
export const publishedScriptVersionsOfAssignedPrograms: Access = async ({ req }) => {
  if (userHasRole(req.user, editorialRoles)) return true
  if (!userHasRole(req.user, ['facilitator'])) return false
  const ids = await scriptIdsOfAssignedPrograms(req)
  if (ids.length === 0) return false
  const publishedVersionsOfScheduled: Where = { and: [{ 'version._status': { equals: 'published' } }, { parent: { in: ids } }] }
  return publishedVersionsOfScheduled
}
