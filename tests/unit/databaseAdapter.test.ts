import { describe, expect, it } from 'vitest'
import { databaseKind, sqliteUrl } from '../../cms/database/adapter'

describe('database selection by DATABASE_URI', () => {
  it('uses embedded SQLite when unset or file:, MongoDB for mongodb URIs', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:./data/test.db')).toBe('sqlite')
    expect(databaseKind('mongodb://db.internal:27017/iop')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/iop')).toBe('mongodb')
    expect(sqliteUrl('file:/tmp/x.db')).toBe('file:/tmp/x.db')
    expect(sqliteUrl(undefined)).toMatch(/^file:.*iop\.db$/)
  })

  it('says plainly which URIs it accepts', () => {
    expect(() => databaseKind('postgres://localhost/iop')).toThrow('DATABASE_URI must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; got "postgres:…".')
  })
})
