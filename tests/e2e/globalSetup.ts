import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureCmsBuild } from '../../cms/cli/ensureCmsBuild'
import { serveSite } from '../../cms/publish/serveSite'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Builds the site once from the shipped content (through the real publish pipeline) into a
 * temporary folder and serves it on a free local port with the site's security headers.
 * SITE_E2E_DIR=<built site> skips the build, for quick reruns while working on tests.
 * Also makes sure the CMS's production build is current, once, before the workers start: the
 * CMS and facilitator specs run in parallel and each starts a server from that one build.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureCmsBuild()
  const reuse = process.env.SITE_E2E_DIR
  const work = reuse ? undefined : mkdtempSync(path.join(tmpdir(), 'iop-e2e-site-'))
  const siteDir = reuse ?? path.join(work!, 'site')
  if (!reuse) {
    console.log('Building the site for end-to-end tests…')
    execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'tests/e2e/support/buildSite.ts'), siteDir], { cwd: root, stdio: 'inherit' })
  }
  const server = await serveSite(() => siteDir, 0)
  const { port } = server.address() as AddressInfo
  process.env.SITE_E2E_URL = `http://127.0.0.1:${port}`
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    if (work) rmSync(work, { recursive: true, force: true })
  }
}
