/** One thing wrong with a bundle, said so a person can find and fix it. */
export interface BundleProblem {
  /** Path of the file relative to the bundle root, e.g. "scripts/cbt-thinking-traps.en.md". */
  file: string
  line?: number
  /** Dotted field path, e.g. "schedule.2.days.0.slots.1.script". Empty for whole-file problems. */
  field: string
  reason: string
}

/** A field path as written, or quoted when it holds anything but names, digits and dots (a stray "review:" key). */
const fieldName = (field: string) => (/^[\p{L}\p{N}_.-]+$/u.test(field) ? field : JSON.stringify(field))

export function formatProblem(problem: BundleProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file
  return problem.field ? `${where} ${fieldName(problem.field)}: ${problem.reason}` : `${where}: ${problem.reason}`
}

/** Thrown when a bundle cannot be imported; carries every problem at once. */
export class BundleError extends Error {
  readonly problems: BundleProblem[]

  constructor(problems: BundleProblem[]) {
    super(`The curriculum bundle has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'BundleError'
    this.problems = problems
  }
}
