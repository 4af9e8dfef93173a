import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { startPayload, type TestPayload } from '../support/payloadHarness'

let harness: TestPayload
let payload: Payload

beforeAll(async () => {
  harness = await startPayload('concurrency')
  payload = harness.payload
})

afterAll(async () => {
  await harness?.stop()
})

describe('concurrent writers on the embedded database', () => {
  it('lets 20 writers save at once without "database is locked"', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      payload.create({
        collection: 'conditions',
        data: { slug: `concurrent-${i}`, name: `Condition ${i}`, description: 'Written at the same time as 19 others.', _status: 'published' },
      }),
    )
    const results = await Promise.allSettled(writes)
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason))
    expect(failures).toEqual([])
    expect((await payload.count({ collection: 'conditions' })).totalDocs).toBe(20)
  })
})
