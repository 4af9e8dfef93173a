import type { Role } from '../access/roles'
import { clinicalPublisherRoles } from '../access/roles'

/**
 * Who may approve and publish a document of a collection. Clinical content needs a clinical
 * reviewer; a public article needs one only when it is flagged clinical.
 */
export type PublishingPolicy =
  | { kind: 'clinical' }
  | { kind: 'clinical-when-flagged'; flagField: string; otherwise: readonly Role[] }
  | { kind: 'roles'; roles: readonly Role[] }

export function publisherRolesFor(policy: PublishingPolicy, data: Record<string, unknown>): { roles: readonly Role[]; clinical: boolean } {
  switch (policy.kind) {
    case 'clinical':
      return { roles: clinicalPublisherRoles, clinical: true }
    case 'clinical-when-flagged':
      return data[policy.flagField] === true ? { roles: clinicalPublisherRoles, clinical: true } : { roles: policy.otherwise, clinical: false }
    case 'roles':
      return { roles: policy.roles, clinical: false }
  }
}
