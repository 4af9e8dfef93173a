/** Prepares an installation without serving it: migrations, shipped curricula, settings, first admin. */
import { prepareInstallation } from './prepareInstallation'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
const { getPayload } = await import('payload')
const config = (await import('../payload.config')).default
const payload = await getPayload({ config })
await prepareInstallation(payload)
await payload.destroy()
process.exit(0)
