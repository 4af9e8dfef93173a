import type { ArticleEntry, ExerciseEntry, FamilyEntry } from './entries'
import { familyTopicLabels, exerciseKindLabels } from './labels'

/** Titles in the reader's alphabet order. */
export function byTitle<T extends { title: string }>(docs: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return [...docs].sort((a, b) => collator.compare(a.title, b.title))
}

/** Newest first; the publication date, then the title, decide. */
export function newestFirst<T extends Pick<ArticleEntry, 'publishedOn' | 'title'>>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.title.localeCompare(b.title))
}

export interface Group<K extends string, T> {
  key: K
  docs: T[]
}

/** Groups documents by a key, in the order the keys are listed, dropping empty groups. */
export function groupBy<K extends string, T>(docs: readonly T[], keyOf: (doc: T) => K, order: readonly K[]): Group<K, T>[] {
  return order.map((key) => ({ key, docs: docs.filter((doc) => keyOf(doc) === key) })).filter((group) => group.docs.length > 0)
}

export const familyTopicOrder = Object.keys(familyTopicLabels) as FamilyEntry['familyTopic'][]
export const exerciseKindOrder = Object.keys(exerciseKindLabels) as ExerciseEntry['kind'][]

/** The reviewer line of a clinical page, when it has been reviewed. */
export function reviewOf(doc: { review?: { reviewer?: string | null; reviewedOn?: string | null; nextReviewDue?: string | null } }): { reviewer: string; reviewedOn: string; nextReviewDue?: string } | undefined {
  const review = doc.review
  if (!review?.reviewer || !review.reviewedOn) return undefined
  return { reviewer: review.reviewer, reviewedOn: review.reviewedOn, ...(review.nextReviewDue ? { nextReviewDue: review.nextReviewDue } : {}) }
}
