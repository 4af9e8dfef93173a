import type { Payload } from 'payload'
import type { Role } from '../../cms/access/roles'
import { roles } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'

export const testPassword = 'a-long-test-passphrase-42'

export function emailFor(role: Role): string {
  return `${role}@example.org`
}

/** One account per role, created the way an admin would. */
export async function createRoleUsers(payload: Payload): Promise<Record<Role, User>> {
  const users = {} as Record<Role, User>
  for (const role of roles) {
    users[role] = await payload.create({
      collection: 'users',
      data: { email: emailFor(role), password: testPassword, name: `${role} tester`, role },
      overrideAccess: true,
    })
  }
  return users
}
