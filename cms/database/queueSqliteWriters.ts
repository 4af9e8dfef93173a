import type { Client, Transaction, TransactionMode } from '@libsql/client'

const busyTimeoutMs = 10_000

/**
 * Makes concurrent writers on the embedded database wait their turn instead of failing with
 * "database is locked".
 *
 * SQLite allows one writer at a time. The libSQL client opens each transaction on its current
 * connection and then lazily opens a fresh connection for everything else, and that fresh
 * connection has no busy timeout. So: transactions from this process queue here (asynchronously,
 * never blocking the event loop), every fresh connection gets the busy timeout, and a writer in
 * another process (a CLI import while the server runs) is waited for by SQLite itself.
 */
export function queueSqliteWriters(client: Client): void {
  const open = client.transaction.bind(client)
  let queue: Promise<void> = Promise.resolve()

  client.transaction = (async (mode?: TransactionMode): Promise<Transaction> => {
    let release: () => void = () => undefined
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = queue
    queue = previous.then(() => turn)
    await previous
    let transaction: Transaction
    try {
      transaction = await open(mode)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    } catch (error) {
      release()
      throw error
    }
    let released = false
    const finish = () => {
      if (!released) {
        released = true
        release()
      }
    }
    const commit = transaction.commit.bind(transaction)
    const rollback = transaction.rollback.bind(transaction)
    const close = transaction.close.bind(transaction)
    transaction.commit = async () => {
      try {
        await commit()
      } finally {
        finish()
      }
    }
    transaction.rollback = async () => {
      try {
        await rollback()
      } finally {
        finish()
      }
    }
    transaction.close = () => {
      try {
        close()
      } finally {
        finish()
      }
    }
    return transaction
  }) as Client['transaction']
}
