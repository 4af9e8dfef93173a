import type { Loader } from 'astro/loaders'
import { entriesOf, type CollectionName } from './entries'
import { snapshotFromEnvironment } from './snapshotFile'

/**
 * An Astro content loader that fills one collection from the published snapshot (SITE_SNAPSHOT).
 * Entries whose content has not changed keep their stored digest and are not parsed again;
 * entries no longer published are removed. Drafts never reach it: the snapshot holds none.
 */
export function snapshotLoader(name: CollectionName): Loader {
  return {
    name: `snapshot-${name}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const entries = entriesOf(name, snapshotFromEnvironment())
      const seen = new Set<string>()
      let changed = 0
      for (const { id, data } of entries) {
        seen.add(id)
        const digest = generateDigest(data)
        if (store.get(id)?.digest === digest) continue
        store.set({ id, data: await parseData({ id, data }), digest })
        changed++
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      logger.info(`${entries.length} entries (${changed} changed)`)
    },
  }
}
