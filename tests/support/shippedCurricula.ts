import type { Payload } from 'payload'
import { shippedBundle } from './bundleCopy'

/** What `npm start` puts in an empty database: the shipped curricula, published, and the site settings. */
export async function loadShippedCurricula(payload: Payload): Promise<void> {
  // Imported late: these modules read the environment the harness sets for this database.
  const { importBundle } = await import('../../cms/bundle/importBundle')
  const { seedSiteSettings } = await import('../../cms/seed/siteSettings')
  await importBundle(payload, shippedBundle, { publish: true })
  await seedSiteSettings(payload)
}
