import { createHash } from 'node:crypto'
import type { Client } from '@libsql/client'
import type { CollectionSlug, Payload } from 'payload'

/**
 * A digest of everything in the database, to prove that something changed nothing.
 *
 * On SQLite: every row of every table, SQLite's own tables included (so even refreshed planner
 * statistics or a used id counter show), read straight from the file. Elsewhere: every document
 * of every collection in every locale, drafts included, and every version, through the Local API.
 */
export async function databaseFingerprint(payload: Payload): Promise<string> {
  const hash = createHash('sha256')
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: Client }).client
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for (const row of tables.rows) {
      const table = String(row.name)
      const rows = await client.execute(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      hash.update(`${table}\n`)
      const lines = rows.rows.map((r) => JSON.stringify(rows.columns.map((column) => String(r[column] ?? null))))
      // Row order is not content: a rolled-back write may leave pages in another order.
      for (const line of lines.sort()) hash.update(`${line}\n`)
    }
    return hash.digest('hex')
  }
  for (const slug of Object.keys(payload.collections) as CollectionSlug[]) {
    const config = payload.collections[slug].config
    const { docs } = await payload.find({ collection: slug, locale: 'all', draft: true, depth: 0, pagination: false, sort: 'id', overrideAccess: true, showHiddenFields: true })
    hash.update(`${slug}\n${JSON.stringify(docs)}\n`)
    if (config.versions) {
      const versions = await payload.findVersions({ collection: slug, locale: 'all', depth: 0, pagination: false, sort: 'id', overrideAccess: true })
      hash.update(`${slug} versions\n${JSON.stringify(versions.docs)}\n`)
    }
  }
  return hash.digest('hex')
}
