import { defaultLocale } from '../locales'
import { article } from './article'
import { condition } from './condition'
import type { ContentTypeDefinition, ContentTypeLabel } from './contentType'
import { familyModule } from './familyModule'
import { holisticExercise } from './holisticExercise'
import { program } from './program'
import { psychoeducationModule } from './psychoeducationModule'
import { sessionScript } from './sessionScript'

/**
 * The content-type registry: every content type, keyed by its one internal name, which is also
 * its folder in a bundle, in dependency order (a type only refers to types listed before it, so
 * importing in this order resolves every reference). Each entry is defined beside its schema.
 */
export const contentTypes = {
  conditions: condition,
  psychoeducation: psychoeducationModule,
  family: familyModule,
  holistic: holisticExercise,
  articles: article,
  scripts: sessionScript,
  programs: program,
} as const satisfies Record<string, ContentTypeDefinition>

export type ContentTypeKey = keyof typeof contentTypes
type Entry<K extends ContentTypeKey> = (typeof contentTypes)[K]

export const contentTypeKeys = Object.keys(contentTypes) as ContentTypeKey[]

export function isContentTypeKey(value: string): value is ContentTypeKey {
  return Object.hasOwn(contentTypes, value)
}

/** The Payload collection slug of each content type. */
export type ContentCollection = Entry<ContentTypeKey>['collection']
export type CollectionOf<K extends ContentTypeKey> = Entry<K>['collection']

export function collectionOf<K extends ContentTypeKey>(type: K): CollectionOf<K> {
  return contentTypes[type].collection
}

/** The content type stored in a CMS collection, or undefined for collections that hold none (users, media). */
export function contentTypeKeyOfCollection(collection: string): ContentTypeKey | undefined {
  return contentTypeKeys.find((key) => contentTypes[key].collection === collection)
}

/** Types the public may read (the site is built from them); facilitator material never is. */
export type PublicContentType = { [K in ContentTypeKey]: Entry<K>['readership'] extends 'facilitators' ? never : K }[ContentTypeKey]

/** Types whose documents are pages of the public site, and the path segment of those pages. */
export type SiteContentType = { [K in ContentTypeKey]: Entry<K>['siteSection'] extends null ? never : K }[ContentTypeKey]
export type SiteSection = NonNullable<Entry<ContentTypeKey>['siteSection']>
export function isSiteContentType(type: ContentTypeKey): type is SiteContentType {
  return contentTypes[type].siteSection !== null
}

export const siteContentTypes = contentTypeKeys.filter(isSiteContentType)

export function siteSectionOf(type: SiteContentType): SiteSection {
  return contentTypes[type].siteSection
}

/** Types a session script may hand out, and the path segment of their printable handouts. */
export type HandoutType = { [K in ContentTypeKey]: Entry<K>['handoutKind'] extends null ? never : K }[ContentTypeKey]
export type HandoutKind = NonNullable<Entry<ContentTypeKey>['handoutKind']>
export const handoutTypes = contentTypeKeys.filter((key): key is HandoutType => contentTypes[key].handoutKind !== null)

export function handoutKindOf(type: HandoutType): HandoutKind {
  return contentTypes[type].handoutKind
}

export function isHandoutKind(value: string): value is HandoutKind {
  return handoutTypes.some((type) => contentTypes[type].handoutKind === value)
}

export function handoutTypeOfKind(kind: HandoutKind): HandoutType {
  const type = handoutTypes.find((key) => contentTypes[key].handoutKind === kind)
  if (!type) throw new Error(`No content type is handed out as "${kind}"`)
  return type
}

/** The handout type stored in a CMS collection, or undefined when its documents are not handouts. */
export function handoutTypeOfCollection(collection: string): HandoutType | undefined {
  return handoutTypes.find((key) => contentTypes[key].collection === collection)
}

/** Types that can carry a clinical sign-off (always, or when a document is flagged clinical). */
export type ReviewedContentType = { [K in ContentTypeKey]: Entry<K>['clinical'] extends false ? never : K }[ContentTypeKey]
export const reviewedContentTypes = contentTypeKeys.filter((key): key is ReviewedContentType => contentTypes[key].clinical !== false)

/** The name of a type in a sentence of a message: "a session script", "no holistic exercise". */
export function typeName(type: ContentTypeKey): string {
  return contentTypes[type].labels[defaultLocale].singular.toLowerCase()
}

export { article, condition, familyModule, holisticExercise, program, psychoeducationModule, sessionScript }
export type { ContentTypeDefinition, ContentTypeLabel }
