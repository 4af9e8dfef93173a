import type { LocaleCode } from '../../curriculum/locales'
import { contentTypeKeyOfCollection, contentTypes } from '../../curriculum/schemas'
import type { Translate } from './translator'

/** A collection's name in the admin's custom views: a content type's from the registry, media's from the admin's strings. */
export function collectionLabel(collection: string, locale: LocaleCode, t: Translate): string {
  const type = contentTypeKeyOfCollection(collection)
  if (type) return contentTypes[type].labels[locale].singular
  return collection === 'media' ? t('admin:collections.media') : t('admin:collections.unknown')
}
