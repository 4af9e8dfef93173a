/**
 * npm run bench [-- --modules 5000] [--only import,publish,…]
 *
 * Runs the benchmarks (bench/measurements.ts) on a fresh embedded database in a temporary
 * folder, prints each figure with the machine's core count and the versions used, writes
 * bench/results.json and the table in the README between its bench markers.
 */
import './productionMode'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BenchContext } from './context'
import { defaultModules } from './corpus'
import { machine, machineLine } from './machine'
import { measurements } from './measurements'
import { mergeResults, readResults, resultsTable, writeReadmeTable, type StoredResult } from './report'

const root = path.resolve(import.meta.dirname, '..')

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { modules: { type: 'string', default: String(defaultModules) }, only: { type: 'string' }, 'readme-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log('Usage: npm run bench [-- --modules <n>] [--only <name,…>] [--readme-only]\n')
    for (const m of measurements) console.log(`  ${m.name.padEnd(12)} ${m.describe}`)
    console.log('\n  --readme-only  rewrite the README table from bench/results.json, measuring nothing')
    return
  }
  if (values['readme-only']) {
    const stored = readResults(path.join(root, 'bench/results.json'))
    if (!stored) throw new Error('bench/results.json holds no results yet; run npm run bench first')
    const written = writeReadmeTable(path.join(root, 'README.md'), resultsTable(stored.results))
    console.log(written ? 'README table rewritten from bench/results.json.' : 'The README has no bench markers.')
    return
  }
  const modules = Number(values.modules)
  if (!Number.isInteger(modules) || modules < 1) throw new Error(`--modules must be a whole number above 0, not "${values.modules}"`)
  const only = values.only?.split(',').map((name) => name.trim())
  const unknown = only?.filter((name) => !measurements.some((m) => m.name === name)) ?? []
  if (unknown.length > 0) throw new Error(`No benchmark named ${unknown.join(', ')}; there are ${measurements.map((m) => m.name).join(', ')}`)
  const chosen = measurements.filter((m) => !only || only.includes(m.name))

  const info = machine()
  const bench = new BenchContext(root, modules, info)
  console.log(`Benchmarks on ${machineLine(info)}; load average ${info.loadAverageAtStart} at start`)
  console.log(`Corpus: the shipped curricula and ${modules.toLocaleString('en')} synthetic modules × 2 locales. Running: ${chosen.map((m) => m.name).join(', ')}\n`)
  const fresh: StoredResult[] = []
  try {
    for (const measurement of chosen) {
      bench.log(`— ${measurement.name}: ${measurement.describe}`)
      for (const result of await measurement.run(bench)) {
        fresh.push({ ...result, measuredAt: new Date().toISOString(), machine: info })
        const verdict = result.met === null ? '' : result.met ? ' [target met]' : ' [TARGET MISSED]'
        bench.log(`  ${result.title}: ${result.result}${result.ratio === undefined ? '' : `, ${result.ratio}× the baseline`} (target ${result.target})${verdict} [${machineLine(info)}]`)
      }
    }
  } finally {
    await bench.stop()
  }

  const file = path.join(root, 'bench/results.json')
  const merged = mergeResults(readResults(file), fresh, measurements.map((m) => m.name))
  const { writeFileSync } = await import('node:fs')
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`)
  const table = resultsTable(merged.results)
  console.log(`\n${table}\n`)
  const inReadme = writeReadmeTable(path.join(root, 'README.md'), table)
  console.log(`Written to bench/results.json${inReadme ? ' and the README' : ' (the README has no bench markers)'}; ${(process.uptime() / 60).toFixed(1)} min in all.`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
