import type { ScriptSnapshot } from '../../../curriculum/facilitation/scriptChanges'
import type { SessionScript } from '../../payload-types'

type Rows = { text: string }[] | null | undefined
type HandoutRef = NonNullable<SessionScript['handouts']>[number]

const texts = (rows: Rows): string[] => (rows ?? []).map((row) => row.text)

/** "psychoeducation-modules:12": one handout, whether populated or not. */
export function handoutKey(ref: HandoutRef): string {
  return `${ref.relationTo}:${typeof ref.value === 'object' ? ref.value.id : ref.value}`
}

/** A script (or a stored version of it) in one locale, in the shape the change summary compares. */
export function scriptSnapshot(doc: Partial<SessionScript>): ScriptSnapshot {
  return {
    title: doc.title ?? '',
    minutes: doc.minutes ?? 0,
    goals: texts(doc.goals),
    materials: texts(doc.materials),
    preparation: doc.preparation ?? '',
    segments: (doc.segments ?? []).map((segment) => ({ name: segment.name, minutes: segment.minutes, prompts: texts(segment.prompts) })),
    adaptations: (doc.adaptations ?? []).map((adaptation) => ({ kind: adaptation.kind, note: adaptation.note })),
    safetyNote: doc.safetyNote ?? '',
    facilitatorNotes: JSON.stringify(doc.facilitatorNotes?.root ?? null),
    handouts: (doc.handouts ?? []).map(handoutKey),
  }
}
