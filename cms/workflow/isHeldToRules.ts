/**
 * Drafts may be incomplete (autosave writes them every few seconds while an author is still
 * building a 12-week schedule). The program rules hold once work is submitted for review,
 * approved or published.
 */
export function isHeldToRules(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): boolean {
  const status = data._status ?? originalDoc?._status
  const state = data.workflowState ?? originalDoc?.workflowState
  return status === 'published' || state === 'in-review' || state === 'approved'
}
