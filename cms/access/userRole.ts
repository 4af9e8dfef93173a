import type { PayloadRequest } from 'payload'
import type { Role } from './roles'

interface WithRole {
  role?: string | null
}

export function roleOf(user: PayloadRequest['user'] | undefined | null): Role | undefined {
  return ((user as WithRole | null | undefined)?.role ?? undefined) as Role | undefined
}

export function userHasRole(user: PayloadRequest['user'] | undefined | null, allowed: readonly Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}
