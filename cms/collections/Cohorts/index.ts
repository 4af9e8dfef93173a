import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { allowRoles } from '../../access/allowRoles'
import { cohortsOfAssignedPrograms } from '../../access/cohortsOfAssignedPrograms'
import { cohortSchema } from '../../../curriculum/schemas/cohort'
import { rejectMalformedQuery } from '../shared/rejectMalformedQuery'

const validateWith =
  (field: 'name' | 'startsOn' | 'timeZone' | 'location', label: string): TextFieldSingleValidation =>
  (value) => {
    if ((value === null || value === undefined || value === '') && field === 'location') return true
    const result = cohortSchema.shape[field].safeParse(value ?? '')
    return result.success ? true : `${label} ${result.error.issues[0]?.message ?? 'is not valid'}`
  }

/**
 * A group that runs a program from a start date, in its own time zone: a closed cohort runs the
 * program's weeks once; for a rolling-admission program it is the repeating cycle. The facilitator
 * workspace works out today's week and day from it and exports its sessions as a calendar.
 */
export const Cohorts: CollectionConfig = {
  slug: 'cohorts',
  labels: { singular: 'Cohort or cycle', plural: 'Cohorts and cycles' },
  hooks: { beforeOperation: [rejectMalformedQuery] },
  admin: {
    group: 'Curriculum',
    useAsTitle: 'name',
    defaultColumns: ['name', 'program', 'startsOn', 'timeZone'],
    description: 'When a program runs for a group: a closed cohort from its start date, or the repeating cycle of a rolling-admission program. Facilitators of the program see it in their workspace.',
  },
  access: {
    read: cohortsOfAssignedPrograms,
    create: allowRoles('admin', 'program-designer'),
    update: allowRoles('admin', 'program-designer'),
    delete: allowRoles('admin', 'program-designer'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, validate: validateWith('name', 'The name'), admin: { description: 'For example "Evening cohort, spring 2027" or "Main clinic cycle".' } },
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsOn',
          type: 'text',
          required: true,
          label: 'Starts on',
          validate: validateWith('startsOn', 'The start date'),
          admin: { description: 'The first day of week 1, written YYYY-MM-DD. Start on the weekday of the first session (usually a Monday) so week 1 runs in order.' },
        },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          label: 'Time zone',
          validate: validateWith('timeZone', 'The time zone'),
          admin: { description: 'Where the group meets, as an IANA time zone name, e.g. America/Chicago.' },
        },
      ],
    },
    { name: 'location', type: 'text', validate: validateWith('location', 'The location'), admin: { description: 'Room or telehealth link, shown in calendars. Optional.' } },
  ],
}
