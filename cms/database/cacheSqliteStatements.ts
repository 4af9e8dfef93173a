import path from 'node:path'
import { projectRoot } from './paths'

interface LibsqlDatabaseClass {
  prototype: { prepare: (sql: string) => unknown; [cached]?: true }
}

const cached = Symbol.for('iop.cachedStatements')
/** Distinct statements kept per connection: Payload's schema makes a few hundred at most. */
const perConnectionLimit = 1_000

/**
 * A prepared statement's result columns are fixed, but the client asks for them twice per run,
 * each time across the native boundary; the first answer is kept and only read (mapped) after.
 */
function withColumnsRemembered(statement: unknown): unknown {
  const target = statement as { columns?: () => unknown }
  if (typeof target.columns !== 'function') return statement
  const columns = target.columns.bind(statement)
  let known: unknown
  target.columns = () => (known ??= columns())
  return statement
}

/**
 * Keeps prepared statements per embedded-database connection, keyed by their SQL.
 *
 * The libSQL client prepares every statement afresh, and preparing Payload's wide INSERTs cost
 * as much as running them: a tenth of a large import's time. SQLite statements are reusable
 * (each run resets its statement, also after an error) and the client runs each one to the end
 * synchronously, so one statement is never in use twice at a time. A connection's cache goes
 * with the connection; after a schema change SQLite re-prepares a cached statement itself.
 * Where libSQL is not loadable from node_modules (a bundler inlined it), nothing changes.
 */
export function cacheSqliteStatements(): void {
  let Database: LibsqlDatabaseClass
  try {
    // The client's own copy of libsql, by a plain path: bundlers rewrite require.resolve.
    const { createRequire } = process.getBuiltinModule('node:module')
    const fromClient = createRequire(path.join(projectRoot, 'node_modules/@libsql/client/package.json'))
    Database = fromClient('libsql') as LibsqlDatabaseClass
  } catch {
    return
  }
  const prototype = Database.prototype
  if (prototype[cached]) return
  const prepare = prototype.prepare
  const caches = new WeakMap<object, Map<string, unknown>>()
  prototype.prepare = function prepareOnce(this: object, sql: string) {
    let statements = caches.get(this)
    if (!statements) {
      statements = new Map()
      caches.set(this, statements)
    }
    let statement = statements.get(sql)
    if (statement === undefined) {
      statement = withColumnsRemembered(prepare.call(this, sql))
      if (statements.size >= perConnectionLimit) statements.clear()
      statements.set(sql, statement)
    }
    return statement
  }
  prototype[cached] = true
}
