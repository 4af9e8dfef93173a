/**
 * npm start: embedded database, shipped curricula, site built and served, CMS admin running.
 * npm run dev: the same, with the CMS in Next.js development mode.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { payloadSecret } from '../database/secret'
import { cmsDir, ensureCmsBuild, nextBin } from './ensureCmsBuild'
import { spawnCmsServer } from './productionServer'
import { liveSiteDir, publishSite } from '../publish/publishSite'
import { serveSite } from '../publish/serveSite'
import { prepareInstallation } from './prepareInstallation'

const dev = process.argv.includes('--dev')
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

/**
 * Waits until the CMS answers. The first API request also starts Payload's job queue, so
 * scheduled publishing runs from the moment the server is up, not from the first visit.
 */
async function waitForCms(base: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${base}/api/globals/site-settings?depth=0`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS did not start at ${base} within two minutes.`)
}

async function main(): Promise<void> {
  process.env.PAYLOAD_SECRET = payloadSecret()
  process.env.CMS_URL ??= `http://localhost:${cmsPort}`
  process.env.SITE_URL ??= `http://localhost:${sitePort}`
  if (!process.env.CMS_URL.startsWith('https:')) process.env.INSECURE_COOKIES ??= 'true'

  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const { firstUserNeeded } = await prepareInstallation(payload)
  console.log('Publishing the site…')
  await publishSite({ payload })
  await payload.destroy()
  delete process.env.PAYLOAD_JOBS_AUTORUN
  // From here on, publishing in the CMS rebuilds the site (debounced, one build at a time).
  process.env.SITE_REBUILD_ON_PUBLISH = 'true'

  if (!dev) ensureCmsBuild()

  const children: ChildProcess[] = []
  const cms = dev
    ? spawn(process.execPath, [nextBin, 'dev', '-p', String(cmsPort)], { cwd: cmsDir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    : spawnCmsServer({ port: cmsPort, env: process.env, stdio: 'inherit' })
  children.push(cms)
  const site = await serveSite(liveSiteDir, sitePort)
  const stop = () => {
    site.close()
    for (const child of children) child.kill('SIGTERM')
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  cms.on('exit', (code) => {
    site.close()
    process.exit(code ?? 0)
  })

  await waitForCms(`http://localhost:${cmsPort}`)
  console.log('')
  console.log(`  Site (patients, families, public):  http://localhost:${sitePort}/`)
  console.log(`  CMS admin:                          http://localhost:${cmsPort}/admin${firstUserNeeded ? '  (create the first admin account there)' : ''}`)
  console.log(`  Facilitator workspace:              http://localhost:${cmsPort}/facilitator`)
  console.log(`  REST API:                           http://localhost:${cmsPort}/api`)
  console.log('')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
