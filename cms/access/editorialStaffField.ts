import type { FieldAccess } from 'payload'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/** Editorial bookkeeping (quality findings, translation hashes, overrides) is for staff, not for the public or facilitators. */
export const editorialStaffField: FieldAccess = ({ req }) => userHasRole(req.user, editorialRoles)
