import path from 'node:path'
import type { Payload } from 'payload'
import { seedSiteSettings } from '../seed/siteSettings'
import { projectRoot } from '../database/paths'
import { importBundle } from '../bundle/importBundle'
import { progressBar } from './progressBar'

/**
 * Brings a new installation to life: the shipped curricula into an empty database, default
 * site settings, and the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when given.
 */
export async function prepareInstallation(payload: Payload): Promise<{ imported: boolean; firstUserNeeded: boolean }> {
  const { totalDocs: programs } = await payload.count({ collection: 'programs' })
  let imported = false
  if (programs === 0) {
    const bar = progressBar('Importing the shipped curricula')
    const summary = await importBundle(payload, path.join(projectRoot, 'curriculum/content'), { publish: true, onProgress: bar.update })
    bar.stop()
    console.log(`Imported ${summary.created} documents.`)
    imported = true
  }
  await seedSiteSettings(payload)

  const { totalDocs: users } = await payload.count({ collection: 'users' })
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (users === 0 && email && password) {
    await payload.create({ collection: 'users', data: { email, password, name: process.env.ADMIN_NAME ?? 'Administrator', role: 'admin' } })
    console.log(`Created the first admin, ${email}.`)
    return { imported, firstUserNeeded: false }
  }
  return { imported, firstUserNeeded: users === 0 }
}
