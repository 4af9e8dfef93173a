import type { HandoutKind } from '../paths'

export type HandoutCollection = 'psychoeducation-modules' | 'family-modules' | 'holistic-exercises'

/** Where each kind of handout lives in the CMS, and the other way round. */
export const handoutCollections: Record<HandoutKind, HandoutCollection> = {
  education: 'psychoeducation-modules',
  family: 'family-modules',
  exercises: 'holistic-exercises',
}

export const handoutKindOf: Record<HandoutCollection, HandoutKind> = {
  'psychoeducation-modules': 'education',
  'family-modules': 'family',
  'holistic-exercises': 'exercises',
}

export function isHandoutKind(value: string): value is HandoutKind {
  return value in handoutCollections
}
