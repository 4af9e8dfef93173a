/** npm run build: the CMS admin (Next.js production build) and the published site. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../database/paths'

const run = (args: string[], cwd: string) => {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run([path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'], path.join(projectRoot, 'cms'))
run([path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'cms/cli/publish.ts')], projectRoot)
