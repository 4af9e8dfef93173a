import { describe, expect, it } from 'vitest'
import { scriptChanges, type ScriptSnapshot } from '../../../curriculum/facilitation/scriptChanges'

const base: ScriptSnapshot = {
  title: 'Riding out cravings and urges',
  minutes: 90,
  goals: ['Understand cravings', 'Write a craving plan'],
  materials: ['Whiteboard', 'Index cards', 'Timer'],
  preparation: 'Read both handouts.',
  segments: [
    { name: 'Check-in', minutes: 10, prompts: ['Your craving level, 0 to 10?'] },
    { name: 'Teaching', minutes: 50, prompts: ['A craving is a wave.'] },
    { name: 'Check-out', minutes: 30, prompts: ['One step from your plan.'] },
  ],
  adaptations: [{ kind: 'telehealth', note: 'Camera optional.' }],
  safetyNote: 'Follow the risk protocol.',
  facilitatorNotes: '{"root":1}',
  handouts: ['Cravings and urges'],
}

const edit = (change: Partial<ScriptSnapshot>): ScriptSnapshot => ({ ...base, ...change })

describe('what changed in a script', () => {
  it('finds nothing between a version and itself', () => {
    expect(scriptChanges(base, structuredClone(base))).toEqual([])
  })

  it('names changed text fields and the new length', () => {
    expect(scriptChanges(base, edit({ preparation: 'Read the handout.', safetyNote: 'Call the on-call clinician.', minutes: 60 }))).toEqual([
      { kind: 'minutes', before: 90, after: 60 },
      { kind: 'text', field: 'preparation' },
      { kind: 'text', field: 'safetyNote' },
    ])
  })

  it('lists materials and handouts that came or went, and reordering', () => {
    expect(scriptChanges(base, edit({ materials: ['Whiteboard', 'Timer', 'Water'], handouts: ['Cravings and urges', 'Mindful breathing'] }))).toEqual([
      { kind: 'list', field: 'materials', added: ['Water'], removed: ['Index cards'], reordered: false },
      { kind: 'list', field: 'handouts', added: ['Mindful breathing'], removed: [], reordered: false },
    ])
    expect(scriptChanges(base, edit({ goals: ['Write a craving plan', 'Understand cravings'] }))).toEqual([{ kind: 'list', field: 'goals', added: [], removed: [], reordered: true }])
  })

  it('says which segment changed and how', () => {
    const segments = [base.segments[0]!, { ...base.segments[1]!, minutes: 40, prompts: ['A craving rises and falls.'] }, { ...base.segments[2]!, minutes: 40 }]
    expect(scriptChanges(base, edit({ segments }))).toEqual([
      { kind: 'segment-changed', segment: 'Teaching', details: ['minutes', 'prompts'] },
      { kind: 'segment-changed', segment: 'Check-out', details: ['minutes'] },
    ])
  })

  it('tells added, removed and renamed segments apart', () => {
    const added = [...base.segments.slice(0, 2), { name: 'Practice', minutes: 10, prompts: [] }, { ...base.segments[2]!, minutes: 20 }]
    expect(scriptChanges(base, edit({ segments: added }))).toEqual([
      { kind: 'segment-added', segment: 'Practice', minutes: 10 },
      { kind: 'segment-changed', segment: 'Check-out', details: ['minutes'] },
    ])
    const removed = [base.segments[0]!, { ...base.segments[1]!, minutes: 80 }]
    expect(scriptChanges(base, edit({ segments: removed }))).toEqual([
      { kind: 'segment-removed', segment: 'Check-out' },
      { kind: 'segment-changed', segment: 'Teaching', details: ['minutes'] },
    ])
    const renamed = [base.segments[0]!, { ...base.segments[1]!, name: 'Teaching: how cravings work' }, base.segments[2]!]
    expect(scriptChanges(base, edit({ segments: renamed }))).toEqual([{ kind: 'segment-changed', segment: 'Teaching: how cravings work', previousName: 'Teaching', details: ['name'] }])
  })

  it('notices segments that moved', () => {
    const moved = [base.segments[1]!, base.segments[0]!, base.segments[2]!]
    expect(scriptChanges(base, edit({ segments: moved }))).toEqual([{ kind: 'segments-reordered' }])
  })

  it('names adaptations added, removed or rewritten', () => {
    expect(scriptChanges(base, edit({ adaptations: [{ kind: 'telehealth', note: 'Camera on or off.' }, { kind: 'cultural', note: 'Use their words.' }] }))).toEqual([
      { kind: 'adaptations', added: ['cultural'], removed: [], changed: ['telehealth'] },
    ])
  })
})
