import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * npm run test:stress: what takes minutes, run by CI after npm test. The importer fuzz again
 * with many more cases, publishes killed midway, and the other tests in tests/stress/.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@payload-config': path.join(root, 'cms/payload.config.ts') } },
  test: {
    include: ['tests/stress/**/*.test.ts', 'tests/integration/importFuzz.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_LOG_LEVEL: 'fatal', IMPORT_FUZZ_RUNS: '100' },
  },
})
