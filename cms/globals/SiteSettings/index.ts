import type { GlobalConfig } from 'payload'
import { allowRoles } from '../../access/allowRoles'
import { anyone } from '../../access/anyone'
import { rebuildSiteAfterSettingsChange } from '../../publish/rebuildOnPublish'
import { forgetPublicReadsAfterSettingsChange } from '../../rest/publicReadCache'
import { reviewPolicy } from '../../../curriculum/rules/review'

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
  hooks: { afterChange: [forgetPublicReadsAfterSettingsChange, rebuildSiteAfterSettingsChange] },
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
      name: 'clinicalReview',
      type: 'group',
      label: 'Clinical review',
      fields: [
        {
          name: 'intervalMonths',
          type: 'number',
          label: 'Months until the next review is due',
          min: 1,
          max: 36,
          defaultValue: reviewPolicy.intervalMonths,
          admin: { description: 'When a reviewer publishes clinical content, its next review is due this many months later.' },
        },
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
