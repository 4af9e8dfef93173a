/**
 * What changed between two published versions of a session script, in words a facilitator can
 * scan before a group: which fields changed, which list items came or went, and which timed
 * segments were added, removed or edited (and how).
 */

export interface ScriptSnapshot {
  title: string
  minutes: number
  goals: readonly string[]
  materials: readonly string[]
  preparation: string
  segments: readonly { name: string; minutes: number; prompts: readonly string[] }[]
  adaptations: readonly { kind: string; note: string }[]
  safetyNote: string
  /** The facilitator notes in any stable serialized form; only equality matters. */
  facilitatorNotes: string
  /** Titles (or slugs) of the handouts. */
  handouts: readonly string[]
}

export type TextField = 'title' | 'preparation' | 'safetyNote' | 'facilitatorNotes'
export type ListField = 'goals' | 'materials' | 'handouts'
export type SegmentDetail = 'name' | 'minutes' | 'prompts'

export type ScriptChange =
  | { kind: 'text'; field: TextField }
  | { kind: 'minutes'; before: number; after: number }
  | { kind: 'list'; field: ListField; added: string[]; removed: string[]; reordered: boolean }
  | { kind: 'adaptations'; added: string[]; removed: string[]; changed: string[] }
  | { kind: 'segment-added'; segment: string; minutes: number }
  | { kind: 'segment-removed'; segment: string }
  | { kind: 'segment-changed'; segment: string; previousName?: string; details: SegmentDetail[] }
  | { kind: 'segments-reordered' }

function listChange(field: ListField, before: readonly string[], after: readonly string[]): ScriptChange[] {
  const added = after.filter((item) => !before.includes(item))
  const removed = before.filter((item) => !after.includes(item))
  const kept = after.filter((item) => before.includes(item))
  const reordered = added.length === 0 && removed.length === 0 && kept.some((item, i) => before.filter((b) => after.includes(b))[i] !== item)
  return added.length > 0 || removed.length > 0 || reordered ? [{ kind: 'list', field, added, removed, reordered }] : []
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

type Segment = ScriptSnapshot['segments'][number]

function segmentDetails(before: Segment, after: Segment): SegmentDetail[] {
  const details: SegmentDetail[] = []
  if (before.name !== after.name) details.push('name')
  if (before.minutes !== after.minutes) details.push('minutes')
  if (!sameList(before.prompts, after.prompts)) details.push('prompts')
  return details
}

/**
 * Segments are matched by name first (a segment keeps its identity while its prompts change);
 * segments left over on both sides are paired in order and read as renamed; whatever is still
 * left was added or removed.
 */
function segmentChanges(before: readonly Segment[], after: readonly Segment[]): ScriptChange[] {
  const pairs: { before: Segment; after: Segment; beforeIndex: number; afterIndex: number }[] = []
  const unmatchedBefore = new Set(before.map((_, i) => i))
  const unmatchedAfter: number[] = []
  after.forEach((segment, afterIndex) => {
    const beforeIndex = [...unmatchedBefore].find((i) => before[i]!.name === segment.name)
    if (beforeIndex === undefined) unmatchedAfter.push(afterIndex)
    else {
      unmatchedBefore.delete(beforeIndex)
      pairs.push({ before: before[beforeIndex]!, after: segment, beforeIndex, afterIndex })
    }
  })
  const leftBefore = [...unmatchedBefore]
  const renamed = Math.min(leftBefore.length, unmatchedAfter.length)
  for (let i = 0; i < renamed; i++) {
    pairs.push({ before: before[leftBefore[i]!]!, after: after[unmatchedAfter[i]!]!, beforeIndex: leftBefore[i]!, afterIndex: unmatchedAfter[i]! })
  }

  const changes: ScriptChange[] = []
  for (const index of unmatchedAfter.slice(renamed)) changes.push({ kind: 'segment-added', segment: after[index]!.name, minutes: after[index]!.minutes })
  for (const index of leftBefore.slice(renamed)) changes.push({ kind: 'segment-removed', segment: before[index]!.name })
  for (const pair of [...pairs].sort((a, b) => a.afterIndex - b.afterIndex)) {
    const details = segmentDetails(pair.before, pair.after)
    if (details.length === 0) continue
    changes.push(details.includes('name') ? { kind: 'segment-changed', segment: pair.after.name, previousName: pair.before.name, details } : { kind: 'segment-changed', segment: pair.after.name, details })
  }
  const order = pairs.sort((a, b) => a.afterIndex - b.afterIndex).map((p) => p.beforeIndex)
  if (order.some((index, i) => i > 0 && index < order[i - 1]!)) changes.push({ kind: 'segments-reordered' })
  return changes
}

function adaptationChanges(before: ScriptSnapshot['adaptations'], after: ScriptSnapshot['adaptations']): ScriptChange[] {
  const kinds = (list: ScriptSnapshot['adaptations']) => list.map((a) => a.kind)
  const added = kinds(after).filter((kind) => !kinds(before).includes(kind))
  const removed = kinds(before).filter((kind) => !kinds(after).includes(kind))
  const changed = after.filter((a) => before.some((b) => b.kind === a.kind && b.note !== a.note)).map((a) => a.kind)
  return added.length + removed.length + changed.length > 0 ? [{ kind: 'adaptations', added, removed, changed }] : []
}

/** Every difference a facilitator should know about, in the order the script view shows them. */
export function scriptChanges(before: ScriptSnapshot, after: ScriptSnapshot): ScriptChange[] {
  const text = (field: TextField): ScriptChange[] => (before[field] !== after[field] ? [{ kind: 'text', field }] : [])
  return [
    ...text('title'),
    ...(before.minutes !== after.minutes ? [{ kind: 'minutes' as const, before: before.minutes, after: after.minutes }] : []),
    ...listChange('goals', before.goals, after.goals),
    ...text('preparation'),
    ...listChange('materials', before.materials, after.materials),
    ...segmentChanges(before.segments, after.segments),
    ...adaptationChanges(before.adaptations, after.adaptations),
    ...text('safetyNote'),
    ...text('facilitatorNotes'),
    ...listChange('handouts', before.handouts, after.handouts),
  ]
}
