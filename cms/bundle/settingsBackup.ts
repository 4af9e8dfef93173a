import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { parse, stringify } from 'yaml'
import { defaultLocale, localeCodes, type LocaleCode } from '../../curriculum/locales'
import { BundleError } from '../../curriculum/format/problems'

/**
 * The site settings (organization, review interval, crisis resources and navigation per locale)
 * in a backup: one readable YAML file per locale, `site-settings.<locale>.yaml`, beside the
 * curriculum bundles. A restore reads and checks every file before writing, then writes all
 * locales in one transaction.
 */
const settingsFile = (locale: LocaleCode) => `site-settings.${locale}.yaml`

type Settings = Record<string, unknown>

/** What a locale's settings say, without what the database makes up (ids, dates). */
function withoutStorage(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStorage)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['id', 'createdAt', 'updatedAt', 'globalType'].includes(key))
      .map(([key, inner]) => [key, withoutStorage(inner)]),
  )
}

export async function readSiteSettings(payload: Payload): Promise<Map<LocaleCode, Settings>> {
  const settings = new Map<LocaleCode, Settings>()
  for (const locale of localeCodes) {
    const stored = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0, overrideAccess: true })
    settings.set(locale, withoutStorage(stored) as Settings)
  }
  return settings
}

export async function backupSiteSettings(payload: Payload, dir: string): Promise<void> {
  for (const [locale, settings] of await readSiteSettings(payload)) writeFileSync(path.join(dir, settingsFile(locale)), stringify(settings))
}

/** The settings files of a backup, every problem reported at once; none when the backup has none. */
function readSettingsFiles(dir: string): Map<LocaleCode, Settings> {
  const settings = new Map<LocaleCode, Settings>()
  const problems: { file: string; field: string; reason: string }[] = []
  for (const locale of localeCodes) {
    const file = settingsFile(locale)
    if (!existsSync(path.join(dir, file))) continue
    try {
      const parsed: unknown = parse(readFileSync(path.join(dir, file), 'utf8'))
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) problems.push({ file, field: '', reason: 'must hold the settings as key: value pairs' })
      else settings.set(locale, parsed as Settings)
    } catch (error) {
      problems.push({ file, field: '', reason: `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` })
    }
  }
  if (settings.size > 0 && !settings.has(defaultLocale)) problems.push({ file: settingsFile(defaultLocale), field: '', reason: 'is missing: it holds the settings shared by every language' })
  if (problems.length > 0) throw new BundleError(problems)
  return settings
}

/** Checks a backup's settings files without writing anything; returns a function that writes them. */
export function prepareSiteSettingsRestore(dir: string): (payload: Payload) => Promise<number> {
  const settings = readSettingsFiles(dir)
  return async (payload) => {
    if (settings.size === 0) return 0
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let locale: LocaleCode = defaultLocale
    try {
      // The default locale first: it also carries the fields every language shares.
      for (locale of [defaultLocale, ...localeCodes.filter((code) => code !== defaultLocale)]) {
        const data = settings.get(locale)
        if (data) await payload.updateGlobal({ slug: 'site-settings', locale, data, depth: 0, req, overrideAccess: true })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw new BundleError([{ file: settingsFile(locale), field: '', reason: `could not be restored: ${error instanceof Error ? error.message : String(error)}` }])
    }
    return settings.size
  }
}
