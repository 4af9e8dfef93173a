import type { CollectionConfig } from 'payload'
import { publishedProgramsForFacilitators } from '../../access/publishedProgramsForFacilitators'
import { localeCodes } from '../../../curriculum/locales'
import { programLimits } from '../../../curriculum/rules/programRules'
import { programAudiences, clockTimeSchema } from '../../../curriculum/schemas/common'
import { deliveryModes, slotKinds } from '../../../curriculum/schemas/program'
import { conditionsField, referencesField } from '../../fields/clinicalMetadata'
import { clinicalReviewFields } from '../../fields/clinicalReview'
import { richBody } from '../../fields/richBody'
import { slugField } from '../../fields/slug'
import { editorialCollection } from '../shared/editorialCollection'
import { enforceProgramRules } from './hooks/enforceProgramRules'

const options = (values: readonly string[]) => values.map((value) => ({ label: value.replace(/-/g, ' '), value }))

/** A track: who it serves, its dose, and for every week and day the sessions that run. */
export const Programs: CollectionConfig = editorialCollection({
  type: 'programs',
  group: 'Curriculum',
  defaultColumns: ['name', 'audience', 'weeks', 'daysPerWeek', 'workflowState'],
  read: publishedProgramsForFacilitators,
  writers: ['admin', 'program-designer'],
  publishing: { kind: 'clinical' },
  hooks: { beforeChange: [enforceProgramRules] },
  description: `An IOP runs ${programLimits.minWeeks}–${programLimits.maxWeeks} weeks, ${programLimits.minDaysPerWeek}–${programLimits.maxDaysPerWeek} days a week. The program rules are checked when a program is submitted for review, approved or published.`,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, localized: true },
    richBody('overview'),
    slugField,
    { name: 'audience', type: 'select', required: true, options: options(programAudiences), admin: { position: 'sidebar' } },
    conditionsField,
    { name: 'delivery', type: 'select', required: true, options: [{ label: 'Rolling admission (repeating cycle)', value: deliveryModes[0] }, { label: 'Closed cohort', value: deliveryModes[1] }], admin: { position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'weeks', type: 'number', required: true },
        { name: 'daysPerWeek', type: 'number', required: true, label: 'Days per week' },
        { name: 'hoursPerDay', type: 'number', required: true, label: 'Hours per day' },
        { name: 'familyEveryWeeks', type: 'number', required: true, defaultValue: programLimits.defaultFamilyEveryWeeks, label: 'Family education at least every (weeks)' },
      ],
    },
    { name: 'scriptLocales', type: 'select', hasMany: true, defaultValue: ['en'], options: localeCodes.map((code) => ({ label: code, value: code })), admin: { description: 'Languages every session script of this program must be written in.' } },
    {
      name: 'schedule',
      type: 'array',
      labels: { singular: 'Week', plural: 'Weeks' },
      fields: [
        { name: 'week', type: 'number', required: true },
        {
          name: 'days',
          type: 'array',
          labels: { singular: 'Day', plural: 'Days' },
          fields: [
            { name: 'day', type: 'number', required: true, min: 1, max: 7, admin: { description: 'Day of the week, 1 = Monday.' } },
            {
              name: 'slots',
              type: 'array',
              labels: { singular: 'Session', plural: 'Sessions' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'start',
                      type: 'text',
                      required: true,
                      validate: (value: string | null | undefined) => {
                        const result = clockTimeSchema.safeParse(value ?? '')
                        return result.success ? true : `Start time ${result.error.issues[0]?.message ?? 'is not valid'}`
                      },
                    },
                    { name: 'minutes', type: 'number', required: true, min: 10, max: 240 },
                    { name: 'kind', type: 'select', required: true, options: options(slotKinds) },
                  ],
                },
                { name: 'script', type: 'relationship', relationTo: 'session-scripts', required: true },
              ],
            },
          ],
        },
        { name: 'psychoeducation', type: 'relationship', relationTo: 'psychoeducation-modules', hasMany: true },
        { name: 'holistic', type: 'relationship', relationTo: 'holistic-exercises', hasMany: true },
        { name: 'family', type: 'relationship', relationTo: 'family-modules', hasMany: true },
      ],
    },
    referencesField,
    ...clinicalReviewFields,
  ],
})
