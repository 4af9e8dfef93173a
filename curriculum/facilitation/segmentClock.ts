import { clockTime, minutesOfDay } from '../rules/programRules'

export interface TimedSegment {
  minutes: number
}

export interface SegmentTimes {
  start: string
  end: string
}

/**
 * Running clock times of a script's timed segments from the slot's start: a 10:00 session whose
 * segments run 10, 5 and 20 minutes reads 10:00, 10:10, 10:15, ending 10:35. Times are HH:MM.
 */
export function segmentClockTimes(slotStart: string, segments: readonly TimedSegment[]): SegmentTimes[] {
  let at = minutesOfDay(slotStart)
  return segments.map((segment) => {
    const start = at
    at += segment.minutes
    return { start: clockTime(start), end: clockTime(at) }
  })
}
