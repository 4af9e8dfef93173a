import type { Payload } from 'payload'

type Migrations = Parameters<Payload['db']['migrate']>[0] extends { migrations?: infer M } | undefined ? M : never
import { migrations } from '../migrations'
import { databaseKind } from './adapter'

/**
 * Brings an existing embedded database up to the current schema on every start, by running the
 * committed migrations that have not run yet. MongoDB needs no schema migrations.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}
