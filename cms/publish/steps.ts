/** The steps of publishing, in order, with the words shown to the person publishing. */
export const publishSteps = {
  snapshot: 'Taking a snapshot of published content',
  build: 'Building the site',
  index: 'Indexing for search',
  check: 'Checking the new site',
  swap: 'Swapping in the new site',
} as const

export type PublishStep = keyof typeof publishSteps

/** A failed publish: which step failed, and why. The previous site is still being served. */
export class PublishError extends Error {
  readonly step: PublishStep
  constructor(step: PublishStep, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`Publishing failed while ${publishSteps[step].toLowerCase()}: ${reason}\nThe previous site is still being served.`, { cause })
    this.name = 'PublishError'
    this.step = step
  }
}

export interface StepReport {
  step: PublishStep
  seconds: number
  detail?: string
}

export type PublishEvent =
  | { type: 'start'; step: PublishStep; index: number; total: number; label: string }
  | { type: 'done'; step: PublishStep; index: number; total: number; label: string; seconds: number; detail?: string }
  | { type: 'failed'; step: PublishStep; index: number; total: number; label: string; error: PublishError }

/** Runs one step, timing it and reporting its start and end; a failure names the step. */
export async function runStep<T>(step: PublishStep, onEvent: (event: PublishEvent) => void, work: () => Promise<{ value: T; detail?: string }>): Promise<{ value: T; report: StepReport }> {
  const order = Object.keys(publishSteps) as PublishStep[]
  const position = { index: order.indexOf(step) + 1, total: order.length, label: publishSteps[step] }
  onEvent({ type: 'start', step, ...position })
  const started = performance.now()
  try {
    const { value, detail } = await work()
    const seconds = (performance.now() - started) / 1000
    onEvent({ type: 'done', step, ...position, seconds, ...(detail ? { detail } : {}) })
    return { value, report: { step, seconds, ...(detail ? { detail } : {}) } }
  } catch (cause) {
    const error = cause instanceof PublishError ? cause : new PublishError(step, cause)
    onEvent({ type: 'failed', step, ...position, error })
    throw error
  }
}

/** Progress lines for a terminal: "[2/5] Building the site… done in 3.1 s (182 pages)". */
export function logProgress(write: (line: string) => void = (line) => console.log(line)): (event: PublishEvent) => void {
  return (event) => {
    const prefix = `[${event.index}/${event.total}] ${event.label}`
    if (event.type === 'start') write(`${prefix}…`)
    else if (event.type === 'done') write(`${prefix}: done in ${event.seconds.toFixed(1)} s${event.detail ? ` (${event.detail})` : ''}`)
    else write(`${prefix}: FAILED`)
  }
}
