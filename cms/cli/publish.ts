/**
 * npm run publish [-- --out <dir>] [--site <url>]
 *
 * Publishes the public site from the CMS: a snapshot of published content only, an Astro build,
 * a Pagefind index per language, and an atomic swap into dist/ (or --out). If any step fails,
 * the previous site keeps being served and the failing step is named.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, site: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log('Usage: npm run publish [-- --out <dir>] [--site <https://example.org>]')
    return
  }
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const { publishSite } = await import('../publish/publishSite')
  console.log('Publishing the site…')
  try {
    const result = await publishSite({ payload, ...(values.out ? { outDir: path.resolve(values.out) } : {}), ...(values.site ? { siteUrl: values.site } : {}) })
    console.log(`Published ${result.pages} pages to ${path.relative(process.cwd(), result.outDir) || result.outDir} in ${result.seconds.toFixed(1)} s.`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
