import { describe, expect, it } from 'vitest'
import { addMinutes, formatClock, formatDate, formatHours, formatMinutes, isoDay, weekdayName } from '../../../site/lib/format'

describe('format', () => {
  it('shows a stored calendar day as that day in any time zone', () => {
    expect(formatDate('2026-10-15T12:00:00.000Z', 'en')).toBe('October 15, 2026')
    expect(formatDate('2026-10-15T12:00:00.000Z', 'es')).toBe('15 de octubre de 2026')
    expect(formatDate(null, 'en')).toBeUndefined()
    expect(formatDate('not a date', 'en')).toBeUndefined()
    expect(isoDay('2026-10-15T12:00:00.000Z')).toBe('2026-10-15')
  })

  it('adds minutes to a clock time', () => {
    expect(addMinutes('16:00', 90)).toBe('17:30')
    expect(addMinutes('09:45', 15)).toBe('10:00')
    expect(addMinutes('23:30', 60)).toBe('00:30')
  })

  it('writes times, days and durations the reader’s way', () => {
    expect(formatClock('16:00', 'en')).toMatch(/^4:00\sPM$/)
    expect(formatClock('16:00', 'es')).toBe('16:00')
    expect(weekdayName(1, 'en')).toBe('Monday')
    expect(weekdayName(5, 'es')).toBe('viernes')
    expect(formatMinutes(60, 'en')).toBe('60 minutes')
    expect(formatMinutes(90, 'es')).toBe('90 minutos')
    expect(formatHours(9, 'en')).toBe('9 hours')
    expect(formatHours(7.5, 'es')).toBe('7,5 horas')
  })
})
