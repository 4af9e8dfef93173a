import { scriptChanges, type ScriptChange } from '../../../curriculum/facilitation/scriptChanges'
import type { LocaleCode } from '../../../curriculum/locales'
import type { SessionScript } from '../../payload-types'
import { asUser, orNothing, type Actor } from './actor'
import { scriptSnapshot } from './scriptSnapshot'

export interface PublishedVersion {
  id: string
  publishedAt: string
}

export interface ChangesSinceLastView {
  /** True the first time this person opens the script. */
  firstView: boolean
  /** When the version they saw before was published; set when the script changed since. */
  since?: string
  changes: ScriptChange[]
}

/** The newest published version of a script, from Payload's version history. */
export async function latestPublishedVersion(actor: Actor, scriptId: number, locale: LocaleCode): Promise<{ id: string; publishedAt: string; doc: Partial<SessionScript> } | undefined> {
  const docs = await orNothing(actor.payload.findVersions({
    collection: 'session-scripts',
    where: { and: [{ parent: { equals: scriptId } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: false,
    ...asUser(actor),
  }).then((result) => result.docs))
  const latest = docs[0]
  return latest ? { id: String(latest.id), publishedAt: latest.updatedAt, doc: latest.version } : undefined
}

/**
 * Records that this person is looking at the current published version of a script and tells
 * them what changed since the version they saw before. The summary stays until the next version
 * is published, so reopening the script still shows what is new in it.
 */
export async function changesSinceLastView(actor: Actor, scriptId: number, locale: LocaleCode, now: Date = new Date()): Promise<ChangesSinceLastView> {
  const current = await latestPublishedVersion(actor, scriptId, locale)
  if (!current) return { firstView: false, changes: [] }
  const { docs } = await actor.payload.find({
    collection: 'script-views',
    where: { and: [{ user: { equals: actor.user.id } }, { script: { equals: scriptId } }] },
    depth: 0,
    limit: 1,
    ...asUser(actor),
  })
  const record = docs[0]
  let fromVersion: string | undefined
  if (!record) {
    await actor.payload.create({ collection: 'script-views', data: { user: actor.user.id, script: scriptId, version: current.id, viewedAt: now.toISOString() }, ...asUser(actor) })
    return { firstView: true, changes: [] }
  }
  if (record.version !== current.id) {
    fromVersion = record.version
    await actor.payload.update({ collection: 'script-views', id: record.id, data: { version: current.id, previousVersion: record.version, viewedAt: now.toISOString() }, ...asUser(actor) })
  } else {
    fromVersion = record.previousVersion ?? undefined
  }
  if (!fromVersion) return { firstView: false, changes: [] }

  const previous = await actor.payload.findVersionByID({ collection: 'session-scripts', id: fromVersion, depth: 0, locale, fallbackLocale: false, disableErrors: true, ...asUser(actor) })
  // A version pruned from the history (more than maxPerDoc ago) can no longer be compared.
  if (!previous) return { firstView: false, changes: [] }
  return { firstView: false, since: previous.updatedAt, changes: scriptChanges(scriptSnapshot(previous.version), scriptSnapshot(current.doc)) }
}
