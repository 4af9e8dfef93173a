/**
 * npm start: embedded database, shipped curricula, site built and served, CMS admin running.
 * npm run dev: the same, with the CMS in Next.js development mode.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from '../database/paths'
import { payloadSecret } from '../database/secret'
import { cmsDir, ensureCmsBuild, nextBin } from './ensureCmsBuild'
import { prepareInstallation } from './prepareInstallation'
import { serveStatic } from './staticServer'

const dev = process.argv.includes('--dev')
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const siteDir = () => path.join(projectRoot, 'dist')

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
  if (!process.env.CMS_URL.startsWith('https:')) process.env.INSECURE_COOKIES ??= 'true'

  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const { firstUserNeeded } = await prepareInstallation(payload)
  const publishModule = path.join(projectRoot, 'cms/publish/publishSite.ts')
  if (existsSync(publishModule)) {
    console.log('Publishing the site…')
    const { publishSite } = (await import(pathToFileURL(publishModule).href)) as { publishSite: (args: { payload: typeof payload }) => Promise<unknown> }
    await publishSite({ payload })
  }
  await payload.destroy()
  delete process.env.PAYLOAD_JOBS_AUTORUN

  if (!dev) ensureCmsBuild()

  const children: ChildProcess[] = []
  const cms = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(cmsPort)], { cwd: cmsDir, stdio: 'inherit', env: process.env })
  children.push(cms)
  const site = await serveStatic(siteDir, sitePort)
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
  console.log(`  REST API:                           http://localhost:${cmsPort}/api`)
  console.log('')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
