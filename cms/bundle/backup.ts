import path from 'node:path'
import type { Payload } from 'payload'
import { exportBundle, type ExportOptions } from './exportBundle'
import { importBundle, type ImportOptions, type ImportSummary } from './importBundle'
import { backupSiteSettings, prepareSiteSettingsRestore } from './settingsBackup'

/**
 * A backup of the curricula as two bundles: `published/` (what the public sees) and `latest/`
 * (each document's latest version: its draft where one is open, else what is published).
 * Restoring imports `published/` published, then `latest/` as drafts: a document with an open
 * draft gets it back over its published version, a never-published draft comes back as a draft,
 * and a document whose latest version is published stays as it is.
 *
 * Media files and their alt text travel in the bundles; the site settings go beside them, one
 * YAML file per locale (settingsBackup.ts). What neither holds is not in a backup: version
 * history before the latest, review states (in review, approved), users, cohorts and what each
 * facilitator last viewed. Back those up with the database itself (on SQLite, a copy of the
 * database file made with `VACUUM INTO`).
 */
export const backupFolders = { published: 'published', latest: 'latest' } as const

export async function backupCurriculum(payload: Payload, dir: string, onProgress?: ExportOptions['onProgress']): Promise<{ published: number; latest: number; media: number }> {
  const published = await exportBundle(payload, path.join(dir, backupFolders.published), { drafts: false, onProgress })
  const latest = await exportBundle(payload, path.join(dir, backupFolders.latest), { drafts: true, onProgress })
  await backupSiteSettings(payload, dir)
  return { published: published.documents, latest: latest.documents, media: published.media }
}

export async function restoreCurriculum(payload: Payload, dir: string, onProgress?: ImportOptions['onProgress']): Promise<{ published: ImportSummary; latest: ImportSummary; settingsLocales: number }> {
  // A bad settings file stops the restore before anything is written.
  const restoreSettings = prepareSiteSettingsRestore(dir)
  const published = await importBundle(payload, path.join(dir, backupFolders.published), { publish: true, onProgress })
  const latest = await importBundle(payload, path.join(dir, backupFolders.latest), { publish: false, onProgress })
  const settingsLocales = await restoreSettings(payload)
  return { published, latest, settingsLocales }
}
