import type { GlobalConfig } from 'payload'
import { allowRoles } from '../../access/allowRoles'
import { anyone } from '../../access/anyone'

/**
 * Organization details, crisis resources and navigation. Crisis resources are per locale and per
 * deployment: the site shows them on every page and never hard-codes them.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Public' },
  access: { read: anyone, update: allowRoles('admin', 'marketing') },
  versions: { max: 50 },
  fields: [
    {
      name: 'organization',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, defaultValue: 'Our IOP program' },
        { name: 'website', type: 'text' },
        { name: 'phone', type: 'text', admin: { description: 'Main number for questions about joining a program.' } },
        { name: 'email', type: 'email' },
      ],
    },
    {
      name: 'crisisResources',
      type: 'array',
      localized: true,
      minRows: 1,
      admin: { description: 'Shown at the top of every public page, in the reader\'s language. List the most urgent first.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'description', type: 'textarea', required: true },
        { name: 'phone', type: 'text', admin: { description: 'Number to call, e.g. 988 or 911.' } },
        { name: 'sms', type: 'text', label: 'Text message number' },
        { name: 'smsKeyword', type: 'text', label: 'Word to text, if any (e.g. AYUDA)' },
        { name: 'chatUrl', type: 'text', label: 'Chat web address' },
        { name: 'emergency', type: 'checkbox', defaultValue: false, admin: { description: 'An emergency number (such as 911).' } },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'path', type: 'text', required: true, admin: { description: 'A path on this site, e.g. /education' } },
      ],
    },
  ],
}
