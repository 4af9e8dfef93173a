import type { Payload, PayloadRequest } from 'payload'

interface SqlAdapter {
  sessions: Record<string, { db: unknown } | undefined>
  execute: (args: { db: unknown; raw: string }) => Promise<{ rows?: unknown[] } | undefined>
}

async function inTransaction(payload: Payload, req: PayloadRequest, statement: string): Promise<unknown[] | undefined> {
  const adapter = payload.db as unknown as SqlAdapter
  const db = adapter.sessions[String(await req.transactionID)]?.db
  if (!db) return undefined
  return (await adapter.execute({ db, raw: statement }))?.rows
}

/**
 * SQLite plans Payload's reads well only with table statistics. Without them a document's
 * translations are found by scanning its whole `_locales` table (the one index there starts with
 * `_locale`), so reading all documents of a collection, as the importer does, takes time growing
 * with the square of their number: 5 s instead of 60 ms for a thousand modules.
 *
 * The importer is the bulk writer, so it refreshes them (ANALYZE, inside its transaction) when
 * the database has none yet, before reading, and after it changed anything. Only on SQLite.
 */
export async function refreshSqliteStatistics(payload: Payload, req: PayloadRequest, when: 'missing' | 'always'): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  if (when === 'missing') {
    const found = await inTransaction(payload, req, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    if (!found || found.length > 0) return
  }
  // A bounded sample per index keeps this quick however large the database grows.
  await inTransaction(payload, req, 'PRAGMA analysis_limit = 1000')
  await inTransaction(payload, req, 'ANALYZE')
}
