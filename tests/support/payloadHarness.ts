import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  stop: () => Promise<void>
}

/**
 * A real Payload on a fresh, empty database of its own. SQLite in a temporary folder by default;
 * when DATABASE_URI names a MongoDB server, a fresh database on that server instead, so the
 * same suite runs unchanged against either adapter.
 */
export async function startPayload(name: string): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `iop-${name}-`))
  const mongo = process.env.DATABASE_URI?.startsWith('mongodb')
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  if (mongo) {
    const url = new URL(process.env.DATABASE_URI ?? '')
    url.pathname = `/iop-test-${name}-${path.basename(dataDir)}`
    process.env.DATABASE_URI = url.toString()
  } else {
    process.env.DATABASE_URI = `file:${path.join(dataDir, 'iop.db')}`
  }
  const { getPayload } = await import('payload')
  const config = (await import('../../cms/payload.config')).default
  const payload = await getPayload({ config, key: dataDir })
  return {
    payload,
    dataDir,
    stop: async () => {
      if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db as never })
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
