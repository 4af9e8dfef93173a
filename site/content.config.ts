import { defineCollection } from 'astro/content/config'
import { collectionNames, type CollectionName } from './lib/entries'
import { snapshotLoader } from './lib/snapshotLoader'

/** Every collection comes from the published snapshot; the site never reads the CMS directly. */
export const collections = Object.fromEntries(collectionNames.map((name) => [name, defineCollection({ loader: snapshotLoader(name) })])) as Record<
  CollectionName,
  ReturnType<typeof defineCollection>
>
