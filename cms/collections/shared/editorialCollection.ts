import type { Access, CollectionConfig, Field } from 'payload'
import { allowRoles } from '../../access/allowRoles'
import { editorialStaff } from '../../access/editorialStaff'
import type { Role } from '../../access/roles'
import { workflowStateField } from '../../fields/workflowState'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../publish/rebuildOnPublish'
import { enforceEditorialWorkflow } from '../../workflow/enforceEditorialWorkflow'
import { guardTranslatorLocale } from '../../workflow/guardTranslatorLocale'
import type { PublishingPolicy } from '../../workflow/publishingPolicy'
import { withTranslatorFieldAccess } from './translatorFieldAccess'

interface EditorialOptions {
  slug: string
  labels: { singular: string; plural: string }
  group: string
  useAsTitle: string
  defaultColumns: string[]
  fields: Field[]
  read: Access
  /** Who reads version history; editorial staff by default, since it holds drafts. */
  readVersions?: Access
  writers: Role[]
  publishing: PublishingPolicy
  description?: string
  hooks?: CollectionConfig['hooks']
}

/**
 * What every curriculum and public-content collection shares: versions with drafts, autosave and
 * scheduled publishing; the review workflow; translators limited to translations; and version
 * history readable by editorial staff only.
 */
export function editorialCollection(options: EditorialOptions): CollectionConfig {
  const reviewers: Role[] = ['clinical-reviewer', 'translator']
  return {
    slug: options.slug,
    labels: options.labels,
    admin: {
      group: options.group,
      useAsTitle: options.useAsTitle,
      defaultColumns: options.defaultColumns,
      description: options.description,
      listSearchableFields: [options.useAsTitle, 'slug'],
    },
    access: {
      read: options.read,
      readVersions: options.readVersions ?? editorialStaff,
      create: allowRoles(...options.writers),
      update: allowRoles(...options.writers, ...reviewers),
      delete: allowRoles(...options.writers.filter((role) => role !== 'clinical-reviewer')),
    },
    versions: {
      maxPerDoc: 50,
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    },
    hooks: {
      ...options.hooks,
      beforeOperation: [guardTranslatorLocale, ...(options.hooks?.beforeOperation ?? [])],
      beforeChange: [...(options.hooks?.beforeChange ?? []), enforceEditorialWorkflow(options.publishing)],
      afterChange: [...(options.hooks?.afterChange ?? []), rebuildSiteAfterChange],
      afterDelete: [...(options.hooks?.afterDelete ?? []), rebuildSiteAfterDelete],
    },
    fields: withTranslatorFieldAccess([...options.fields, workflowStateField]),
  }
}
