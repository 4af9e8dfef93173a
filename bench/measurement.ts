import type { BenchContext } from './context'

/** One figure of a benchmark, as stored in bench/results.json and shown in the README table. */
export interface BenchResult {
  /** The measurement's name, as `--only` takes it. */
  name: string
  /** What was measured, for the table: "Publish, 10,117 documents → 10,480 pages". */
  title: string
  /** The result, for the table: "48.2 s". */
  result: string
  /** A baseline measured in the same run, when there is one. */
  baseline?: string
  /** Result divided by baseline (or baseline by result for rates), when there is a baseline. */
  ratio?: number
  target: string
  /** Whether the target was met; null when the measurement could not judge it. */
  met: boolean | null
  /** The raw numbers behind the figure. */
  data: Record<string, unknown>
}

/** A benchmark: one small module per measurement, listed in bench/measurements.ts. */
export interface Measurement {
  name: string
  /** One line on what it measures, for `npm run bench -- --help`. */
  describe: string
  run: (bench: BenchContext) => Promise<BenchResult[]>
}
