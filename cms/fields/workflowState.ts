import type { SelectField } from 'payload'

export const workflowStates = ['draft', 'in-review', 'approved', 'published'] as const
export type WorkflowState = (typeof workflowStates)[number]

/** Where a document is in review: draft → in review → approved → published. */
export const workflowStateField: SelectField = {
  name: 'workflowState',
  type: 'select',
  label: 'Review state',
  defaultValue: 'draft',
  index: true,
  options: [
    { label: 'Draft', value: 'draft' },
    { label: 'In review', value: 'in-review' },
    { label: 'Approved', value: 'approved' },
    { label: 'Published', value: 'published' },
  ],
  admin: {
    position: 'sidebar',
    description: 'Move to "In review" when ready. A clinical reviewer approves and publishes clinical content.',
  },
}
