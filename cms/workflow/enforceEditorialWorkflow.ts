import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isoDay, nextReviewDueFrom } from '../../curriculum/rules/review'
import { roleOf, userHasRole } from '../access/userRole'
import type { WorkflowState } from '../fields/workflowState'
import { reviewIntervalMonths } from '../review/reviewInterval'
import { publisherRolesFor, type PublishingPolicy } from './publishingPolicy'

interface ClinicalReview {
  reviewer?: string | null
  reviewedOn?: string | null
  nextReviewDue?: string | null
}

interface NamedUser {
  id: number | string
  name?: string | null
  email?: string | null
}

/**
 * The editorial workflow, draft → in review → approved → published, enforced on every save:
 * only the roles the policy names may approve or publish, publishing by a clinical reviewer
 * records who reviewed and when, and an edit by anyone else sends approved work back to draft.
 * Saves without a user (the curriculum importer, the jobs queue) are trusted system work.
 */
export function enforceEditorialWorkflow(policy: PublishingPolicy): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const user = req.user
    if (!user) {
      if (data._status === 'published') data.workflowState = 'published'
      return data
    }

    const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
    const { roles: publisherRoles, clinical } = publisherRolesFor(policy, merged)
    const mayPublish = userHasRole(user, publisherRoles)
    const publishing = data._status === 'published'
    const previousState = (originalDoc?.workflowState as WorkflowState | undefined) ?? 'draft'
    const requestedState = (data.workflowState as WorkflowState | undefined) ?? previousState

    if (publishing) {
      if (!mayPublish) {
        throw new APIError(
          clinical
            ? 'Only a clinical reviewer can publish clinical content. Set the review state to "In review" and save as a draft; a reviewer will approve and publish it.'
            : `Your role (${roleOf(user) ?? 'none'}) cannot publish this. Save it as a draft instead.`,
          403,
          undefined,
          true,
        )
      }
      data.workflowState = 'published'
      if (clinical) {
        const today = isoDay(new Date())
        const reviewer = user as NamedUser
        const review: ClinicalReview = {
          ...((originalDoc?.review as ClinicalReview | undefined) ?? {}),
          ...((data.review as ClinicalReview | undefined) ?? {}),
        }
        data.review = {
          ...review,
          reviewer: reviewer.name || reviewer.email || String(reviewer.id),
          reviewedOn: `${today}T12:00:00.000Z`,
          nextReviewDue: `${nextReviewDueFrom(today, await reviewIntervalMonths(req))}T12:00:00.000Z`,
        }
        data.reviewedBy = reviewer.id
      }
      return data
    }

    const changingState = requestedState !== previousState
    if (changingState && requestedState === 'published') {
      throw new APIError('A document becomes "Published" by publishing it, not by setting its review state.', 400, undefined, true)
    }
    if (changingState && requestedState === 'approved') {
      if (!mayPublish) {
        throw new APIError(
          clinical ? 'Only a clinical reviewer can approve clinical content.' : `Your role (${roleOf(user) ?? 'none'}) cannot approve this.`,
          403,
          undefined,
          true,
        )
      }
      return data
    }

    if (!changingState && previousState === 'published') {
      // A save that is not a publish starts a new draft of published work.
      data.workflowState = 'draft'
    } else if (!changingState && previousState === 'approved' && !mayPublish) {
      // Changing approved work without the right to approve sends it back for review.
      data.workflowState = 'draft'
    }
    return data
  }
}
