import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'not installed'
  }
}

function chromiumVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim().replace(/^Chromium\s+/i, '').split(/\s/)[0] ?? 'unknown'
  } catch {
    return 'not installed'
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const measuredPackages = ['payload', '@payloadcms/db-sqlite', 'next', 'astro', 'pagefind', 'playwright-core', 'autocannon']

/** What every figure is measured on: printed with each figure and stored with the results. */
export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    /** Load average over the minute before the run: the machine is shared, and this says how busy it was. */
    loadAverageAtStart: Number(os.loadavg()[0]!.toFixed(2)),
    node: process.version,
    versions: { ...Object.fromEntries(measuredPackages.map((pkg) => [pkg, versionOf(pkg)])), chromium: chromiumVersion(chromiumPath) } as Record<string, string>,
  }
}

export type Machine = ReturnType<typeof machine>

/** "2 cores · Node v24 · payload 3.90.2 · …": the line printed beside each figure. */
export function machineLine(info: Machine, packages: readonly string[] = Object.keys(info.versions)): string {
  return [`${info.cores} cores`, `Node ${info.node}`, ...packages.map((pkg) => `${pkg} ${info.versions[pkg] ?? '?'}`)].join(' · ')
}
