import type { Access } from 'payload'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/** Version history holds drafts, so only editorial staff may read it. */
export const editorialStaff: Access = ({ req }) => userHasRole(req.user, editorialRoles)
