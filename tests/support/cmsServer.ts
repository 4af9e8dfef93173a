import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cmsDir } from '../../cms/cli/ensureCmsBuild'
import { startProductionCms } from '../../cms/cli/productionServer'

export const cmsAdmin = { email: 'e2e-admin@example.org', password: 'an-e2e-admin-passphrase-7', name: 'Avery Admin' }

/**
 * The real CMS as `npm start` runs it: a production Next.js build serving the admin and the
 * REST API, on a fresh embedded database holding the shipped curricula and one admin.
 * With `site: false` no public site is built or rebuilt on publish: Astro builds share a cache
 * folder in the project, so only one server of a test run may build the site.
 */
export async function startCmsServer({ site = true }: { site?: boolean } = {}): Promise<{ url: string; dataDir: string; siteDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-cms-e2e-'))
  const siteDir = path.join(dataDir, 'site')
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'iop.db')}`,
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    PAYLOAD_LOG_LEVEL: 'warn',
    INSECURE_COOKIES: 'true',
    ADMIN_EMAIL: cmsAdmin.email,
    ADMIN_PASSWORD: cmsAdmin.password,
    ADMIN_NAME: cmsAdmin.name,
    SITE_DIR: siteDir,
    SITE_URL: 'http://localhost:4321',
    SITE_REBUILD_ON_PUBLISH: site ? 'true' : 'false',
    SITE_REBUILD_DELAY_MS: '500',
  }
  const prepare = spawn(process.execPath, [path.join(cmsDir, '../node_modules/tsx/dist/cli.mjs'), path.join(cmsDir, 'cli/prepare.ts'), ...(site ? ['--publish'] : [])], { env, stdio: 'inherit' })
  const prepared = await new Promise<number | null>((resolve) => prepare.on('exit', resolve))
  if (prepared !== 0) throw new Error('Preparing the CMS database failed')
  const server = await startProductionCms(env)
  return {
    url: server.url,
    dataDir,
    siteDir,
    stop: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
