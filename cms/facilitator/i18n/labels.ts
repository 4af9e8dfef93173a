import type { SessionScript } from '../../payload-types'
import type { SlotKind } from '../../../curriculum/schemas/program'
import type { ListField, SegmentDetail, TextField } from '../../../curriculum/facilitation/scriptChanges'

/*
 * The i18n key for each value of an enumeration, written out in full so the UI string check can
 * see that every key is used and every value has a key.
 */

export const slotKindLabels: Record<SlotKind, string> = {
  psychoeducation: 'facilitator:slotKind.psychoeducation',
  'skills-group': 'facilitator:slotKind.skills-group',
  'process-group': 'facilitator:slotKind.process-group',
  holistic: 'facilitator:slotKind.holistic',
  'family-education': 'facilitator:slotKind.family-education',
  'relapse-prevention': 'facilitator:slotKind.relapse-prevention',
  'aftercare-planning': 'facilitator:slotKind.aftercare-planning',
  'check-in': 'facilitator:slotKind.check-in',
}

export type AdaptationKind = NonNullable<SessionScript['adaptations']>[number]['kind']

export const adaptationLabels: Record<AdaptationKind, string> = {
  adolescent: 'facilitator:adaptation.adolescent',
  'trauma-informed': 'facilitator:adaptation.trauma-informed',
  cultural: 'facilitator:adaptation.cultural',
  telehealth: 'facilitator:adaptation.telehealth',
}

export const deliveryLabels = {
  rolling: 'facilitator:delivery.rolling',
  cohort: 'facilitator:delivery.cohort',
} as const

export const changedTextLabels: Record<TextField, string> = {
  title: 'facilitator:changes.title',
  preparation: 'facilitator:changes.preparation',
  safetyNote: 'facilitator:changes.safetyNote',
  facilitatorNotes: 'facilitator:changes.facilitatorNotes',
}

export const changedListLabels: Record<ListField, string> = {
  goals: 'facilitator:changes.goals',
  materials: 'facilitator:changes.materials',
  handouts: 'facilitator:changes.handouts',
}

export const segmentDetailLabels: Record<SegmentDetail, string> = {
  name: 'facilitator:changes.detail.name',
  minutes: 'facilitator:changes.detail.minutes',
  prompts: 'facilitator:changes.detail.prompts',
}
