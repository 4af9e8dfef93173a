import type { CollectionConfig } from 'payload'
import { localeCodes } from '../../../curriculum/locales'
import { contentTypes, type ContentTypeKey } from '../../../curriculum/schemas'

type Labels = NonNullable<CollectionConfig['labels']>

/** A content type's names from the registry, as Payload's admin shows them in each of its languages. */
export function collectionLabels(type: ContentTypeKey): Labels {
  const { labels } = contentTypes[type]
  return {
    singular: Object.fromEntries(localeCodes.map((locale) => [locale, labels[locale].singular])),
    plural: Object.fromEntries(localeCodes.map((locale) => [locale, labels[locale].plural])),
  }
}
