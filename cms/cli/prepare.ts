/**
 * Prepares an installation without serving it: migrations, shipped curricula, settings, first
 * admin, and with --publish the site too.
 */
import { prepareInstallation } from './prepareInstallation'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
// Preparing publishes once at the end; the import must not also schedule rebuilds.
delete process.env.SITE_REBUILD_ON_PUBLISH
const { getPayload } = await import('payload')
const config = (await import('../payload.config')).default
const payload = await getPayload({ config })
await prepareInstallation(payload)
if (process.argv.includes('--publish')) {
  const { publishSite } = await import('../publish/publishSite')
  await publishSite({ payload })
}
await payload.destroy()
process.exit(0)
