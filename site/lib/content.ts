import { getCollection } from 'astro:content'
import type { SiteContentType } from '../../curriculum/schemas'
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

const translations = new Map<SiteContentType, Promise<Map<string, string[]>>>()

/** The locales in which a document is really translated (not shown from the default locale). */
export async function translatedLocales(name: SiteContentType, slug: string): Promise<string[]> {
  let index = translations.get(name)
  if (!index) {
    index = all(name).then((entries) => {
      const map = new Map<string, string[]>()
      for (const entry of entries) if (entry.translated) map.set(entry.slug, [...(map.get(entry.slug) ?? []), entry.locale])
      return map
    })
    translations.set(name, index)
  }
  return (await index).get(slug) ?? []
}

/** Static paths for one page per document per locale, with the document and its translations. */
export async function documentPaths<K extends SiteContentType>(name: K, locales: readonly string[]): Promise<{ params: { locale: string; slug: string }; props: { doc: EntryData[K]; translatedIn: string[] } }[]> {
  const paths = []
  for (const locale of locales) {
    for (const doc of await entriesIn(name, locale)) {
      const { slug } = doc as EntryData[K] & { slug: string }
      paths.push({ params: { locale, slug }, props: { doc, translatedIn: await translatedLocales(name, slug) } })
    }
  }
  return paths
}
