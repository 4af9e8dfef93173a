import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir, projectRoot } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(uri: string | undefined = process.env.DATABASE_URI): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URI must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; got "${uri.split(':')[0]}:…".`)
}

export function sqliteUrl(uri: string | undefined = process.env.DATABASE_URI): string {
  return uri && uri.startsWith('file:') ? uri : `file:${path.join(dataDir(), 'iop.db')}`
}

/**
 * The embedded SQLite database by default; MongoDB when DATABASE_URI names one.
 * SQLite runs in WAL mode with a busy timeout so concurrent writers wait instead of failing,
 * writes run in real transactions, and its schema changes only through the committed
 * migrations in cms/migrations/ (never Drizzle "push", which must not be mixed with
 * migrations on one database).
 */
export function databaseAdapter(): DatabaseAdapterObj {
  if (databaseKind() === 'mongodb') {
    return mongooseAdapter({ url: process.env.DATABASE_URI ?? '' })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl() },
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 10_000,
    // Without transaction options the SQLite adapter runs without transactions at all; a writer
    // takes the write lock up front so concurrent writers queue instead of deadlocking.
    transactionOptions: { behavior: 'immediate' },
    push: false,
    migrationDir: process.env.PAYLOAD_MIGRATION_DIR ?? path.join(projectRoot, 'cms/migrations'),
  })
}
