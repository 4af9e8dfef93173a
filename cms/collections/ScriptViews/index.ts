import type { CollectionConfig } from 'payload'
import { ownRecords } from '../../access/ownRecords'
import { signedIn } from '../../access/signedIn'
import { rejectMalformedQuery } from '../shared/rejectMalformedQuery'
import { recordViewerAsUser } from './hooks/recordViewerAsUser'

/**
 * Which published version of a session script each person last opened, so the workspace can
 * tell a facilitator what changed since they ran it. Personal bookkeeping, not content.
 */
export const ScriptViews: CollectionConfig = {
  slug: 'script-views',
  labels: { singular: 'Script view', plural: 'Script views' },
  admin: { group: 'Administration', useAsTitle: 'version', hidden: true },
  access: { read: ownRecords, create: signedIn, update: ownRecords, delete: ownRecords },
  indexes: [{ fields: ['user', 'script'], unique: true }],
  hooks: { beforeOperation: [rejectMalformedQuery], beforeChange: [recordViewerAsUser] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'script', type: 'relationship', relationTo: 'session-scripts', required: true },
    { name: 'version', type: 'text', required: true, admin: { description: 'The published version last shown.' } },
    { name: 'previousVersion', type: 'text', admin: { description: 'The published version shown before it, when the script changed in between.' } },
    { name: 'viewedAt', type: 'date', required: true },
  ],
}
