import type { Article, FamilyModule, HolisticExercise, Program, PsychoeducationModule } from '../../cms/payload-types'
import type { PublicProgram } from './siteSnapshot'
import type { SiteContentType } from '../../curriculum/schemas'

/*
 * The i18n key for each value of the content's enumerations, written out in full so the UI
 * string check can see that every key is used and every value has a key.
 */

export const audienceLabels: Record<PsychoeducationModule['audience'], string> = {
  all: 'content:audience.all',
  adult: 'content:audience.adult',
  adolescent: 'content:audience.adolescent',
}

export const familyTopicLabels: Record<FamilyModule['familyTopic'], string> = {
  'understanding-the-condition': 'content:familyTopic.understanding-the-condition',
  communication: 'content:familyTopic.communication',
  boundaries: 'content:familyTopic.boundaries',
  'supporting-without-enabling': 'content:familyTopic.supporting-without-enabling',
  'warning-signs': 'content:familyTopic.warning-signs',
  'crisis-plan': 'content:familyTopic.crisis-plan',
  'caregiver-care': 'content:familyTopic.caregiver-care',
}

export const exerciseKindLabels: Record<HolisticExercise['kind'], string> = {
  mindfulness: 'content:exerciseKind.mindfulness',
  breathing: 'content:exerciseKind.breathing',
  movement: 'content:exerciseKind.movement',
  yoga: 'content:exerciseKind.yoga',
  art: 'content:exerciseKind.art',
  nutrition: 'content:exerciseKind.nutrition',
  sleep: 'content:exerciseKind.sleep',
}

export const articleKindLabels: Record<Article['kind'], string> = {
  explainer: 'content:articleKind.explainer',
  'myths-and-facts': 'content:articleKind.myths-and-facts',
  story: 'content:articleKind.story',
  'how-to-get-help': 'content:articleKind.how-to-get-help',
  'cost-and-insurance': 'content:articleKind.cost-and-insurance',
}

export type SlotKind = PublicProgram['schedule'][number]['days'][number]['slots'][number]['kind']

export const slotKindLabels: Record<SlotKind, string> = {
  psychoeducation: 'content:slotKind.psychoeducation',
  'skills-group': 'content:slotKind.skills-group',
  'process-group': 'content:slotKind.process-group',
  holistic: 'content:slotKind.holistic',
  'family-education': 'content:slotKind.family-education',
  'relapse-prevention': 'content:slotKind.relapse-prevention',
  'aftercare-planning': 'content:slotKind.aftercare-planning',
  'check-in': 'content:slotKind.check-in',
}

export const slotKindDescriptions: Record<SlotKind, string> = {
  psychoeducation: 'content:slotKindAbout.psychoeducation',
  'skills-group': 'content:slotKindAbout.skills-group',
  'process-group': 'content:slotKindAbout.process-group',
  holistic: 'content:slotKindAbout.holistic',
  'family-education': 'content:slotKindAbout.family-education',
  'relapse-prevention': 'content:slotKindAbout.relapse-prevention',
  'aftercare-planning': 'content:slotKindAbout.aftercare-planning',
  'check-in': 'content:slotKindAbout.check-in',
}

export const deliveryLabels: Record<Program['delivery'], string> = {
  rolling: 'content:delivery.rolling',
  cohort: 'content:delivery.cohort',
}

/** The kinds of page search can filter by. */
export const contentTypeLabels: Record<SiteContentType, string> = {
  psychoeducation: 'content:contentType.psychoeducation',
  family: 'content:contentType.family',
  holistic: 'content:contentType.holistic',
  articles: 'content:contentType.articles',
  programs: 'content:contentType.programs',
}
