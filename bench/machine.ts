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

/** What every figure is measured on: printed and stored with the results. */
export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    versions: Object.fromEntries(['payload', '@payloadcms/db-sqlite', 'astro', 'pagefind', 'next'].map((pkg) => [pkg, versionOf(pkg)])),
  }
}
