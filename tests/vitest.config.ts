import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default defineConfig({
  root,
  resolve: { alias: { '@payload-config': path.join(root, 'cms/payload.config.ts') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Each integration file starts its own Payload on its own temporary database.
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_LOG_LEVEL: 'fatal' },
  },
})
