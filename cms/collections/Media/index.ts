import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { allowRoles } from '../../access/allowRoles'
import { anyone } from '../../access/anyone'
import { dataDir } from '../../database/paths'
import { rejectMalformedQuery } from '../shared/rejectMalformedQuery'
import { withTranslatorFieldAccess } from '../shared/translatorFieldAccess'

/** Images and documents used in content. Alt text is required, in every locale. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { group: 'Public', useAsTitle: 'filename' },
  access: {
    read: anyone,
    create: allowRoles('admin', 'program-designer', 'marketing'),
    update: allowRoles('admin', 'program-designer', 'marketing', 'translator'),
    delete: allowRoles('admin', 'program-designer', 'marketing'),
  },
  hooks: { beforeOperation: [rejectMalformedQuery] },
  upload: {
    // Beside the database it belongs to (each test and benchmark has its own).
    staticDir: process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
  },
  fields: withTranslatorFieldAccess([
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for someone who cannot see it. Needed in every language.' },
    },
  ]),
}
