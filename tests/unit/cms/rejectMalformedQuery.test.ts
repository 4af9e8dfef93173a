import { describe, expect, it } from 'vitest'
import { malformedQueryPath } from '../../../cms/collections/shared/rejectMalformedQuery'

describe('malformedQueryPath', () => {
  it('passes queries whose operators get values or lists of values', () => {
    expect(malformedQueryPath(undefined)).toBeUndefined()
    expect(malformedQueryPath({ slug: { equals: 'x' }, audience: { in: ['adult', 'all'] }, review: { exists: true } })).toBeUndefined()
    expect(malformedQueryPath({ or: [{ slug: { like: 'a' } }, { and: [{ _status: { equals: 'published' } }, { createdAt: { greater_than: 5 } }] }] })).toBeUndefined()
  })

  it('names the first operator handed an object', () => {
    expect(malformedQueryPath({ slug: { equals: { $ne: 'x' } } })).toBe('slug.equals')
    expect(malformedQueryPath({ or: [{ slug: { equals: 'a' } }, { audience: { in: [{ $gt: '' }] } }] })).toBe('or.1.audience.in')
    expect(malformedQueryPath({ and: { 0: { slug: { equals: { a: 1 } } } } })).toBe('and.0.slug.equals')
    expect(malformedQueryPath('1')).toBe('where')
  })
})
