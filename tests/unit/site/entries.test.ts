import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectionNames, entriesOf } from '../../../site/lib/entries'
import { fallbackPagePaths } from '../../../site/lib/fallbackPages'
import { readSnapshotFile } from '../../../site/lib/snapshotFile'
import { sampleSnapshot } from './snapshotFixture'

describe('content entries from the snapshot', () => {
  const snapshot = sampleSnapshot()

  it('keys every entry by locale and slug, in every locale', () => {
    expect(entriesOf('psychoeducation', snapshot).map((e) => e.id)).toEqual(['en/understanding-anxiety', 'es/understanding-anxiety'])
    expect(entriesOf('settings', snapshot).map((e) => e.id)).toEqual(['en', 'es'])
  })

  it('keeps what pages need and drops CMS internals', () => {
    const [module] = entriesOf('psychoeducation', snapshot)
    expect(module!.data).toMatchObject({ locale: 'en', title: 'Understanding anxiety', conditions: [{ slug: 'anxiety', name: 'Anxiety' }], bodyHtml: '<p>Body</p>' })
    for (const internal of ['id', 'reviewedBy', 'workflowState', '_status', 'createdAt', 'updatedAt']) expect(module!.data).not.toHaveProperty(internal)
  })

  it('fills every collection the content config declares', () => {
    for (const name of collectionNames) expect(() => entriesOf(name, snapshot)).not.toThrow()
  })

  it('lists the pages shown untranslated, for the sitemap to leave out', () => {
    expect(fallbackPagePaths(snapshot)).toEqual(['/es/articles/new/'])
  })
})

describe('snapshot file', () => {
  it('reads a snapshot and refuses anything else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-'))
    try {
      writeFileSync(path.join(dir, 'good.json'), JSON.stringify(sampleSnapshot()))
      writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ hello: 'world' }))
      expect(readSnapshotFile(path.join(dir, 'good.json')).defaultLocale).toBe('en')
      expect(() => readSnapshotFile(path.join(dir, 'bad.json'))).toThrow(/not a site snapshot/)
      expect(() => readSnapshotFile(path.join(dir, 'missing.json'))).toThrow(/Cannot read the site snapshot/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
