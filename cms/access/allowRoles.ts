import type { Access } from 'payload'
import type { Role } from './roles'
import { userHasRole } from './userRole'

/** Access for signed-in users holding one of `allowed`. */
export function allowRoles(...allowed: Role[]): Access {
  return ({ req }) => userHasRole(req.user, allowed)
}
