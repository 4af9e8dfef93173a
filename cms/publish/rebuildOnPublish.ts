import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'
import { createRebuildScheduler, type RebuildScheduler } from './rebuildScheduler'

/**
 * Hooks that rebuild the public site when what the public sees changes: a document is
 * published, unpublished or deleted, or the site settings change. Off unless
 * SITE_REBUILD_ON_PUBLISH=true (set by `npm start`), so imports and tests never build a site.
 * Add `rebuildSiteAfterChange` / `rebuildSiteAfterDelete` to the public collections and
 * `rebuildSiteAfterSettingsChange` to the site-settings global.
 */

let scheduler: RebuildScheduler | undefined

const enabled = () => process.env.SITE_REBUILD_ON_PUBLISH === 'true'

function schedulerFor(payload: Payload): RebuildScheduler {
  scheduler ??= createRebuildScheduler({
    delayMs: Number(process.env.SITE_REBUILD_DELAY_MS ?? 5_000),
    run: async () => {
      const { publishSite } = await import('./publishSite')
      await publishSite({ payload, onEvent: (event) => event.type !== 'start' && payload.logger.info(`site: ${event.label}${event.type === 'failed' ? ' FAILED' : ''}`) })
    },
    onError: (error) => payload.logger.error(`The site was not rebuilt: ${error instanceof Error ? error.message : String(error)}`),
  })
  return scheduler
}

/** True when a save changes what the public can see. */
export function changesPublicSite(doc: { _status?: string | null } | undefined, previousDoc: { _status?: string | null } | undefined): boolean {
  return doc?._status === 'published' || previousDoc?._status === 'published'
}

export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (enabled() && changesPublicSite(doc as { _status?: string }, previousDoc as { _status?: string })) schedulerFor(req.payload).request()
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (enabled() && (doc as { _status?: string })._status === 'published') schedulerFor(req.payload).request()
  return doc
}

export const rebuildSiteAfterSettingsChange: GlobalAfterChangeHook = ({ doc, req }) => {
  if (enabled()) schedulerFor(req.payload).request()
  return doc
}
