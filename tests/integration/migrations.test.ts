import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

describe('committed migrations', () => {
  it('match the Payload config: a schema change without its migration fails here', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iop-migrations-'))
    try {
      cpSync(path.join(root, 'cms/migrations'), dir, { recursive: true })
      const before = readdirSync(dir).sort()
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/payload/bin.js'), 'migrate:create', 'drift-check', '--skip-empty'], {
        cwd: root,
        env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_MIGRATION_DIR: dir, DATA_DIR: dir, PAYLOAD_SECRET: 'migration-check' },
        encoding: 'utf8',
        input: '',
        timeout: 120_000,
      })
      expect(result.status, result.stderr).toBe(0)
      expect(readdirSync(dir).sort()).toEqual(before)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
