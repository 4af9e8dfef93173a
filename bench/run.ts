/**
 * npm run bench [-- --modules 5000] [--only import,facilitator] [--requests 50]
 *                [--cms-url http://127.0.0.1:3000 --email … --password … --page /facilitator/…]
 * Writes bench/results.json (keeping the results of benchmarks not run this time) and prints a
 * table for the README.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { machine } from './machine'
import { measureImportRate, type ImportRateResult } from './importRate'
import { measureFacilitatorPage, runFacilitatorBench, type FacilitatorPageResult } from './facilitatorPage'

const root = path.resolve(import.meta.dirname, '..')
const resultsFile = path.join(root, 'bench/results.json')

type Result = ImportRateResult | FacilitatorPageResult
type Stamped = Result & { measuredAt?: string; machine?: unknown }

async function importBenchmark(modules: number): Promise<ImportRateResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-bench-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'iop.db')}`
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_LOG_LEVEL ??= 'warn'
  process.env.PAYLOAD_SECRET ??= 'benchmark-only-secret'
  const { getPayload } = await import('payload')
  const config = (await import('../cms/payload.config')).default
  const payload = await getPayload({ config })
  try {
    return await measureImportRate(payload, modules, root)
  } finally {
    await payload.destroy()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function row(result: Result): string {
  if (result.name === 'import') {
    return `| Import, ${result.documents} documents | ${result.documentsPerSecond} docs/s (${result.seconds} s) | ${result.baseline.documentsPerSecond} docs/s: ${result.baseline.name} | ${result.ratioToBaseline}× | ${result.target} |`
  }
  return `| Facilitator script page, ${result.requests} requests | median ${result.script.medianMs} ms, p95 ${result.script.p95Ms} ms | median ${result.baseline.medianMs} ms, p95 ${result.baseline.p95Ms} ms: ${result.baseline.name} | ${result.ratioToBaseline}× | ${result.target} |`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      modules: { type: 'string', default: '5000' },
      only: { type: 'string' },
      requests: { type: 'string', default: '50' },
      'cms-url': { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      page: { type: 'string' },
    },
  })
  const only = values.only ? new Set(values.only.split(',')) : undefined
  const runs = (name: string) => !only || only.has(name)

  const info = machine()
  console.log(`Benchmarks on ${info.cores} cores (${info.cpu}), Node ${info.node}, Payload ${info.versions.payload}`)
  const results: Result[] = []
  if (runs('import')) results.push(await importBenchmark(Number(values.modules)))
  if (runs('facilitator')) {
    const requests = Number(values.requests)
    const { 'cms-url': url, email, password, page } = values
    results.push(url && email && password && page ? await measureFacilitatorPage({ url, email, password, page, requests }) : await runFacilitatorBench(requests))
  }

  // Results of benchmarks not run this time are kept, each with the date and machine it was measured on.
  const measuredAt = new Date().toISOString()
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { measuredAt?: string; machine?: unknown; results?: Stamped[] }) : {}
  const kept = (previous.results ?? [])
    .filter((old) => !results.some((fresh) => fresh.name === old.name))
    .map((old) => ({ ...old, measuredAt: old.measuredAt ?? previous.measuredAt, machine: old.machine ?? previous.machine }))
  const output = { measuredAt, machine: info, results: [...kept, ...results.map((result) => ({ ...result, measuredAt, machine: info }))] }
  writeFileSync(resultsFile, `${JSON.stringify(output, null, 2)}\n`)
  console.log('\n| Benchmark | Result | Baseline (same run) | Ratio | Target |\n| --- | --- | --- | --- | --- |')
  for (const result of results) console.log(row(result))
  console.log('\nWritten to bench/results.json')
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
