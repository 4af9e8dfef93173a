import { article } from './article'
import { condition } from './condition'
import type { ContentTypeDefinition } from './contentType'
import { familyModule } from './familyModule'
import { holisticExercise } from './holisticExercise'
import { program } from './program'
import { psychoeducationModule } from './psychoeducationModule'
import { sessionScript } from './sessionScript'

/**
 * Every content type, keyed by its folder in a bundle, in dependency order: a type only refers
 * to types listed before it, so importing in this order resolves every reference.
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

export const contentTypeKeys = Object.keys(contentTypes) as ContentTypeKey[]

export function isContentTypeKey(value: string): value is ContentTypeKey {
  return value in contentTypes
}

/** The content type stored in a CMS collection, or undefined for collections that hold none (users, media). */
export function contentTypeKeyOfCollection(collection: string): ContentTypeKey | undefined {
  return contentTypeKeys.find((key) => contentTypes[key].collection === collection)
}

/** Types a session script may hand out, by slug. */
export const handoutTypes: readonly ContentTypeKey[] = ['psychoeducation', 'family', 'holistic']

export { article, condition, familyModule, holisticExercise, program, psychoeducationModule, sessionScript }
export type { ContentTypeDefinition }
