import type { Access, CollectionConfig, Field } from 'payload'
import { readabilityTargets } from '../../../curriculum/quality/targets'
import { contentTypes, type ContentTypeKey } from '../../../curriculum/schemas'
import { allowRoles } from '../../access/allowRoles'
import { editorialStaff } from '../../access/editorialStaff'
import type { Role } from '../../access/roles'
import { workflowStateField } from '../../fields/workflowState'
import { isPreviewable } from '../../preview/previewPages'
import { previewUrlFor } from '../../preview/previewUrl'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../publish/rebuildOnPublish'
import { enforceQualityGates } from '../../quality/enforceQualityGates'
import { qualityFields } from '../../quality/qualityFields'
import { trackTranslations } from '../../translation/trackTranslations'
import { translationStatusField } from '../../translation/translationStatusField'
import { forgetPublicReadsAfterChange, forgetPublicReadsAfterDelete } from '../../rest/publicReadCache'
import { enforceEditorialWorkflow } from '../../workflow/enforceEditorialWorkflow'
import { guardTranslatorLocale } from '../../workflow/guardTranslatorLocale'
import type { PublishingPolicy } from '../../workflow/publishingPolicy'
import { collectionLabels } from './collectionLabels'
import { rejectMalformedQuery } from './rejectMalformedQuery'
import { withTranslatorFieldAccess } from './translatorFieldAccess'

interface EditorialOptions {
  /** The content type it stores: its slug, labels and title field come from the registry. */
  type: ContentTypeKey
  group: string
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
 * scheduled publishing; the review workflow; the editorial quality gates and translation tracking;
 * translators limited to translations; and version history readable by editorial staff only.
 */
export function editorialCollection(options: EditorialOptions): CollectionConfig {
  const reviewers: Role[] = ['clinical-reviewer', 'translator']
  const { collection, titleField, readership } = contentTypes[options.type]
  const hasReadabilityTarget = readabilityTargets[readership] !== null
  return {
    slug: collection,
    labels: collectionLabels(options.type),
    admin: {
      group: options.group,
      useAsTitle: titleField,
      defaultColumns: options.defaultColumns,
      description: options.description,
      listSearchableFields: [titleField, 'slug'],
      // Documents that are pages of the public site open as a page of it, draft included.
      ...(isPreviewable(collection) ? { preview: previewUrlFor(collection) } : {}),
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
      beforeOperation: [rejectMalformedQuery, guardTranslatorLocale, ...(options.hooks?.beforeOperation ?? [])],
      // Quality last: it judges the save as the workflow leaves it (publishing, approved, in review).
      beforeChange: [trackTranslations, ...(options.hooks?.beforeChange ?? []), enforceEditorialWorkflow(options.publishing), enforceQualityGates],
      afterChange: [...(options.hooks?.afterChange ?? []), forgetPublicReadsAfterChange, rebuildSiteAfterChange],
      afterDelete: [...(options.hooks?.afterDelete ?? []), forgetPublicReadsAfterDelete, rebuildSiteAfterDelete],
    },
    fields: withTranslatorFieldAccess([...options.fields, workflowStateField, ...qualityFields(hasReadabilityTarget), translationStatusField]),
  }
}
