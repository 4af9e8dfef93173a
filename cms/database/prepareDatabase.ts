import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { migrations } from '../migrations'
import { databaseKind } from './adapter'
import { cacheSqliteStatements } from './cacheSqliteStatements'
import { queueSqliteWriters } from './queueSqliteWriters'

type Migrations = Parameters<Payload['db']['migrate']>[0] extends { migrations?: infer M } | undefined ? M : never

/**
 * Prepares the embedded database on every start: concurrent writers queue instead of failing,
 * statements are prepared once per connection, and the committed migrations that have not run yet bring the schema up to date.
 * MongoDB needs neither.
 */
export async function prepareDatabase(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  queueSqliteWriters((payload.db as unknown as { client: Client }).client)
  cacheSqliteStatements()
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}
