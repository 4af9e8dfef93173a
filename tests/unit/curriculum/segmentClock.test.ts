import { describe, expect, it } from 'vitest'
import { segmentClockTimes } from '../../../curriculum/facilitation/segmentClock'

describe('running clock times of a script', () => {
  it('runs from the slot start through every segment', () => {
    expect(segmentClockTimes('10:00', [{ minutes: 10 }, { minutes: 5 }, { minutes: 20 }])).toEqual([
      { start: '10:00', end: '10:10' },
      { start: '10:10', end: '10:15' },
      { start: '10:15', end: '10:35' },
    ])
  })

  it('crosses the hour and midnight', () => {
    expect(segmentClockTimes('23:50', [{ minutes: 15 }, { minutes: 30 }])).toEqual([
      { start: '23:50', end: '00:05' },
      { start: '00:05', end: '00:35' },
    ])
  })

  it('has nothing to show for a script without segments', () => {
    expect(segmentClockTimes('09:00', [])).toEqual([])
  })
})
