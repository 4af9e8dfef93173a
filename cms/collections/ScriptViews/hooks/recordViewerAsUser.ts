import type { CollectionBeforeChangeHook } from 'payload'
import { userHasRole } from '../../../access/userRole'

/** A view record always belongs to the person who saved it (an admin may file one for anyone). */
export const recordViewerAsUser: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !userHasRole(req.user, ['admin'])) data.user = req.user.id
  return data
}
