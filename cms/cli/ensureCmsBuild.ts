import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../database/paths'
import { buildFingerprint } from './buildFingerprint'

export const cmsDir = path.join(projectRoot, 'cms')
export const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')
/** The production server: Next.js with a way around it for repeated public reads (cms/server/serveCms.ts). */
export const serveCmsScript = path.join(cmsDir, 'server/serveCms.ts')

/**
 * Builds the CMS admin for production unless the last build was made from the same code. Next's
 * telemetry is off: nothing about this installation is sent anywhere.
 */
export function ensureCmsBuild(): void {
  const fingerprintFile = path.join(cmsDir, '.next/iop-build-fingerprint')
  const fingerprint = buildFingerprint(projectRoot)
  const built = existsSync(path.join(cmsDir, '.next/BUILD_ID')) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint
  if (built) return
  console.log('Building the CMS admin (after a code change only; a few minutes on a small machine)…')
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: cmsDir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) throw new Error('The CMS build failed; see the output above.')
  writeFileSync(fingerprintFile, fingerprint)
}
