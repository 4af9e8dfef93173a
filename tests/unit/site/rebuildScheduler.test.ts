import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { changesPublicSite } from '../../../cms/publish/rebuildOnPublish'
import { createRebuildScheduler } from '../../../cms/publish/rebuildScheduler'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function deferredRuns() {
  const finishers: (() => void)[] = []
  const run = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)))
  return { run, finishNext: async () => { finishers.shift()?.(); await vi.advanceTimersByTimeAsync(0) } }
}

describe('rebuild scheduler', () => {
  it('makes one rebuild of a burst of publishes', async () => {
    const { run, finishNext } = deferredRuns()
    const scheduler = createRebuildScheduler({ run, delayMs: 1000 })
    scheduler.request()
    await vi.advanceTimersByTimeAsync(500)
    scheduler.request()
    scheduler.request()
    await vi.advanceTimersByTimeAsync(999)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
    await finishNext()
    const idle = vi.fn()
    void scheduler.idle().then(idle)
    await vi.advanceTimersByTimeAsync(0)
    expect(idle).toHaveBeenCalled()
  })

  it('runs one at a time, and once more for requests made during a rebuild', async () => {
    const { run, finishNext } = deferredRuns()
    const scheduler = createRebuildScheduler({ run, delayMs: 10 })
    scheduler.request()
    await vi.advanceTimersByTimeAsync(10)
    expect(run).toHaveBeenCalledTimes(1)
    scheduler.request()
    await vi.advanceTimersByTimeAsync(10)
    scheduler.request()
    await vi.advanceTimersByTimeAsync(10)
    expect(run).toHaveBeenCalledTimes(1)
    await finishNext()
    expect(run).toHaveBeenCalledTimes(2)
    await finishNext()
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('reports a failed rebuild and keeps going', async () => {
    const onError = vi.fn()
    const run = vi.fn().mockRejectedValueOnce(new Error('build failed')).mockResolvedValue(undefined)
    const scheduler = createRebuildScheduler({ run, delayMs: 10, onError })
    scheduler.request()
    await vi.advanceTimersByTimeAsync(10)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'build failed' }))
    scheduler.request()
    await vi.advanceTimersByTimeAsync(10)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('can be stopped before it runs', async () => {
    const run = vi.fn(async () => undefined)
    const scheduler = createRebuildScheduler({ run, delayMs: 10 })
    scheduler.request()
    scheduler.stop()
    await vi.advanceTimersByTimeAsync(100)
    expect(run).not.toHaveBeenCalled()
  })

  it('rebuilds for publishing and unpublishing, not for drafts', () => {
    expect(changesPublicSite({ _status: 'published' }, undefined)).toBe(true)
    expect(changesPublicSite({ _status: 'draft' }, { _status: 'published' })).toBe(true)
    expect(changesPublicSite({ _status: 'draft' }, { _status: 'draft' })).toBe(false)
  })
})
