import type { PayloadRequest } from 'payload'
import { editorialRoles } from './roles'
import { userHasRole } from './userRole'

/** Previews show unpublished text, so only editorial staff may open them (never facilitators). */
export const mayPreviewDrafts = (user: PayloadRequest['user'] | null | undefined): user is NonNullable<PayloadRequest['user']> => userHasRole(user, editorialRoles)
