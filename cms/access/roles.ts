/** The people who use the CMS, and what each may do, in one list. */
export const roles = ['admin', 'program-designer', 'clinical-reviewer', 'translator', 'facilitator', 'marketing'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  'program-designer': 'Program designer',
  'clinical-reviewer': 'Clinical reviewer',
  translator: 'Translator',
  facilitator: 'Facilitator',
  marketing: 'Marketing',
}

/** Staff who work on unpublished content and so may read drafts and version history. */
export const editorialRoles: readonly Role[] = ['admin', 'program-designer', 'clinical-reviewer', 'translator', 'marketing']

/** Who may approve and publish clinical content. */
export const clinicalPublisherRoles: readonly Role[] = ['admin', 'clinical-reviewer']
