import { getCollection } from 'astro:content'
import type { CollectionName, EntryData } from './entries'

const cache = new Map<CollectionName, Promise<unknown[]>>()

/**
 * All entries of a collection, every locale, read once per build (Astro's own store is fast,
 * but copying it for each of thousands of pages is not).
 */
async function all<K extends CollectionName>(name: K): Promise<EntryData[K][]> {
  let entries = cache.get(name)
  if (!entries) {
    entries = getCollection(name).then((list) => list.map((entry) => entry.data))
    cache.set(name, entries)
  }
  return (await entries) as EntryData[K][]
}

/** The entries of one collection in one locale. */
export async function entriesIn<K extends CollectionName>(name: K, locale: string): Promise<EntryData[K][]> {
  return (await all(name)).filter((entry) => entry.locale === locale)
}

export async function settingsFor(locale: string): Promise<EntryData['settings']> {
  const [settings] = await entriesIn('settings', locale)
  if (!settings) throw new Error(`The snapshot has no site settings for "${locale}".`)
  return settings
}
