/**
 * Builds the public site for the end-to-end tests, the way `npm run publish` does, from the
 * shipped curricula in a fresh temporary database. One article is created in English only, so
 * the Spanish site has an untranslated page to fall back on, and one carries hostile content
 * (tests/support/injection.ts) that must come out inert.
 *
 *   tsx tests/e2e/support/buildSite.ts <outDir>
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hostileArticle } from './fixtures'
import { untranslatedArticle } from './fixtures'
import { loadShippedCurricula } from '../../support/shippedCurricula'

const outDir = process.argv[2]
if (!outDir) {
  console.error('Usage: tsx tests/e2e/support/buildSite.ts <outDir>')
  process.exit(2)
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'iop-e2e-db-'))
process.env.DATA_DIR = dataDir
process.env.DATABASE_URI = `file:${path.join(dataDir, 'iop.db')}`
process.env.PAYLOAD_SECRET ??= 'e2e-secret-not-for-production'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_LOG_LEVEL = 'fatal'

try {
  const { getPayload } = await import('payload')
  const config = (await import('../../../cms/payload.config')).default
  const payload = await getPayload({ config, key: dataDir })
  const { publishSite } = await import('../../../cms/publish/publishSite')
  const { logProgress } = await import('../../../cms/publish/steps')

  await loadShippedCurricula(payload)
  await payload.create({ collection: 'articles', locale: 'en', data: { ...untranslatedArticle, _status: 'published' } })
  await payload.create({ collection: 'articles', locale: 'en', data: { ...hostileArticle(), _status: 'published' } as never })
  await publishSite({ payload, outDir, cacheDir: path.join(dataDir, 'astro-cache'), onEvent: logProgress((line) => console.log(`  ${line}`)) })
  await payload.destroy()
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
