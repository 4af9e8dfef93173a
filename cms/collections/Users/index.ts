import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { allowRoles } from '../../access/allowRoles'
import { roleLabels, roles } from '../../access/roles'
import { userHasRole } from '../../access/userRole'
import { rejectMalformedQuery } from '../shared/rejectMalformedQuery'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** Staff accounts. Patients and families never sign in: the site is public and static. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Administration' },
  auth: {
    // The signed-in user carries its relationships as ids: populating assignedPrograms (and their
    // schedules and scripts, at the default depth) on every request cost more than a whole page.
    depth: 0,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Strict', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
  },
  access: {
    read: adminOrSelf,
    create: allowRoles('admin'),
    update: adminOrSelf,
    delete: allowRoles('admin'),
    admin: ({ req }) => userHasRole(req.user, roles.filter((role) => role !== 'facilitator')),
  },
  hooks: { beforeOperation: [rejectMalformedQuery], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'facilitator',
      saveToJWT: true,
      options: roles.map((value) => ({ label: roleLabels[value], value })),
      access: { update: ({ req }) => userHasRole(req.user, ['admin']) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignedPrograms',
      type: 'relationship',
      relationTo: 'programs',
      hasMany: true,
      admin: { description: 'Programs a facilitator runs: they see only these in the facilitator workspace.' },
      access: { update: ({ req }) => userHasRole(req.user, ['admin']) },
    },
  ],
}
