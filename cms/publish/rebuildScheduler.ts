/**
 * Rebuilds the public site after content is published, without a terminal: requests are
 * debounced (a burst of publishes makes one rebuild), rebuilds run one at a time, and a
 * request that arrives during a rebuild makes exactly one more afterwards.
 */
export interface RebuildScheduler {
  /** Asks for a rebuild soon. */
  request: () => void
  /** Resolves when nothing is waiting or running. */
  idle: () => Promise<void>
  /** Cancels a waiting rebuild (a running one finishes). */
  stop: () => void
}

export interface RebuildSchedulerOptions {
  run: () => Promise<unknown>
  /** Quiet time after the last request before rebuilding. */
  delayMs?: number
  onError?: (error: unknown) => void
}

export function createRebuildScheduler({ run, delayMs = 5_000, onError = (error) => console.error(error) }: RebuildSchedulerOptions): RebuildScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let pending = false
  let waiters: (() => void)[] = []

  const settle = () => {
    if (timer || running || pending) return
    const done = waiters
    waiters = []
    for (const resolve of done) resolve()
  }

  const start = () => {
    timer = undefined
    if (running) {
      pending = true
      return
    }
    running = run()
      .then(
        () => undefined,
        (error: unknown) => onError(error),
      )
      .finally(() => {
        running = undefined
        if (pending) {
          pending = false
          start()
        } else settle()
      })
  }

  return {
    request: () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(start, delayMs)
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve)
        settle()
      }),
    stop: () => {
      if (timer) clearTimeout(timer)
      timer = undefined
      pending = false
      settle()
    },
  }
}
