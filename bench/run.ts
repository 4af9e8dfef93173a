/**
 * npm run bench [-- --modules 5000] [--only import]
 * Writes bench/results.json and prints a table for the README.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { machine } from './machine'
import { measureImportRate, type ImportRateResult } from './importRate'

const root = path.resolve(import.meta.dirname, '..')

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { modules: { type: 'string', default: '5000' }, only: { type: 'string' } } })
  const modules = Number(values.modules)
  const only = values.only ? new Set(values.only.split(',')) : undefined
  const runs = (name: string) => !only || only.has(name)

  const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-bench-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'iop.db')}`
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_LOG_LEVEL ??= 'warn'
  process.env.PAYLOAD_SECRET ??= 'benchmark-only-secret'
  const { getPayload } = await import('payload')
  const config = (await import('../cms/payload.config')).default
  const payload = await getPayload({ config })

  const info = machine()
  console.log(`Benchmarks on ${info.cores} cores (${info.cpu}), Node ${info.node}, Payload ${info.versions.payload}`)
  const results: ImportRateResult[] = []
  try {
    if (runs('import')) results.push(await measureImportRate(payload, modules, root))
  } finally {
    await payload.destroy()
    rmSync(dataDir, { recursive: true, force: true })
  }

  const output = { measuredAt: new Date().toISOString(), machine: info, results }
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(output, null, 2)}\n`)
  console.log('\n| Benchmark | Result | Baseline (same run) | Ratio | Target |\n| --- | --- | --- | --- | --- |')
  for (const result of results) {
    console.log(`| Import, ${result.documents} documents | ${result.documentsPerSecond} docs/s (${result.seconds} s) | ${result.baseline.documentsPerSecond} docs/s: ${result.baseline.name} | ${result.ratioToBaseline}× | ${result.target} |`)
  }
  console.log('\nWritten to bench/results.json')
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
