import { readFileSync } from 'node:fs'
import type { SiteSnapshot } from './siteSnapshot'

const cache = new Map<string, SiteSnapshot>()

/** Reads the published snapshot the site is built from; fails early if it is not one. */
export function readSnapshotFile(file: string): SiteSnapshot {
  const cached = cache.get(file)
  if (cached) return cached
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read the site snapshot at ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!isSnapshot(parsed)) throw new Error(`${file} is not a site snapshot (expected defaultLocale, locales and byLocale).`)
  cache.set(file, parsed)
  return parsed
}

function isSnapshot(value: unknown): value is SiteSnapshot {
  if (!value || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return typeof record.defaultLocale === 'string' && Array.isArray(record.locales) && typeof record.byLocale === 'object' && record.byLocale !== null
}

/** The snapshot named by SITE_SNAPSHOT, as `npm run publish` passes it to the build. */
export function snapshotFromEnvironment(): SiteSnapshot {
  const file = process.env.SITE_SNAPSHOT
  if (!file) throw new Error('SITE_SNAPSHOT is not set. Build the site with `npm run publish`, which takes a snapshot of published content first.')
  return readSnapshotFile(file)
}
