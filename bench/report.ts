import { readFileSync, writeFileSync } from 'node:fs'
import { machineLine, type Machine } from './machine'
import type { BenchResult } from './measurement'

export interface StoredResult extends BenchResult {
  measuredAt: string
  machine: Machine
}

export interface ResultsFile {
  measuredAt: string
  results: StoredResult[]
}

/** The previous results, so a partial run (`--only`) replaces only its own rows. */
export function readResults(file: string): ResultsFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ResultsFile>
    return Array.isArray(parsed.results) && parsed.results.every((r) => typeof r.title === 'string' && r.machine) ? (parsed as ResultsFile) : undefined
  } catch {
    return undefined
  }
}

export function mergeResults(previous: ResultsFile | undefined, fresh: StoredResult[], order: readonly string[]): ResultsFile {
  const names = new Set(fresh.map((r) => r.name))
  const kept = (previous?.results ?? []).filter((r) => !names.has(r.name))
  const results = [...kept, ...fresh].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
  return { measuredAt: new Date().toISOString(), results }
}

const met = (value: boolean | null) => (value === null ? '—' : value ? 'yes' : '**no**')
const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|')

/** The README's benchmark table, one row per figure, each with the machine it was measured on. */
export function resultsTable(results: readonly StoredResult[]): string {
  const lines = ['| Benchmark | Result | Baseline (same run) | Ratio | Target | Met | Measured on |', '| --- | --- | --- | --- | --- | --- | --- |']
  for (const r of results) {
    const on = `${machineLine(r.machine, [])}, load ${r.machine.loadAverageAtStart}, ${r.measuredAt.slice(0, 10)}`
    lines.push(`| ${cell(r.title)} | ${cell(r.result)} | ${cell(r.baseline ?? '—')} | ${r.ratio === undefined ? '—' : `${r.ratio}×`} | ${cell(r.target)} | ${met(r.met)} | ${on} |`)
  }
  const versions = [...new Set(results.map((r) => machineLine(r.machine)))]
  return [...lines, '', ...versions.map((line) => `Versions: ${line}.`)].join('\n')
}

const start = '<!-- bench:start -->'
const end = '<!-- bench:end -->'

/** Replaces the table between the bench markers in the README; false when the markers are missing. */
export function writeReadmeTable(readme: string, table: string): boolean {
  const text = readFileSync(readme, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) return false
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`)
  return true
}
