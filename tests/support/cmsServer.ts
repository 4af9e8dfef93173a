import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cmsDir, ensureCmsBuild, nextBin } from '../../cms/cli/ensureCmsBuild'

export const cmsAdmin = { email: 'e2e-admin@example.org', password: 'an-e2e-admin-passphrase-7', name: 'Avery Admin' }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * The real CMS as `npm start` runs it: a production Next.js build serving the admin and the
 * REST API, on a fresh embedded database holding the shipped curricula and one admin.
 * With `site: false` no public site is built or rebuilt on publish: Astro builds share a cache
 * folder in the project, so only one server of a test run may build the site.
 */
export async function startCmsServer({ site = true }: { site?: boolean } = {}): Promise<{ url: string; dataDir: string; siteDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-cms-e2e-'))
  const siteDir = path.join(dataDir, 'site')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'iop.db')}`,
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    PAYLOAD_LOG_LEVEL: 'warn',
    CMS_URL: url,
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
  ensureCmsBuild()
  const server: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: cmsDir, env, stdio: 'ignore' })
  await waitFor(`${url}/api/globals/site-settings`, 120_000)
  return {
    url,
    dataDir,
    siteDir,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.on('exit', resolve))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
