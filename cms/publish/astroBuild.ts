import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../database/paths'

export interface AstroBuildOptions {
  snapshotFile: string
  outDir: string
  siteUrl?: string
  /** Where Astro keeps its content cache for this output folder. */
  cacheDir?: string
  /** More settings for the build, such as a draft preview's SITE_BASE and SITE_PREVIEW. */
  env?: Readonly<Record<string, string>>
}

// Vitest copies import.meta.env into process.env; passed on, BASE_URL would override the site's base.
const viteEnvironmentNames = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'])

/** The environment of the build: the parent's, minus what belongs to a test runner or loader. */
function buildEnvironment(options: AstroBuildOptions): NodeJS.ProcessEnv {
  const env = { NODE_ENV: 'production' } as NodeJS.ProcessEnv
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'NODE_OPTIONS' || key.startsWith('VITEST') || key.startsWith('VITE_') || key === 'TSX_TSCONFIG_PATH' || viteEnvironmentNames.has(key)) continue
    env[key] = value
  }
  env.SITE_SNAPSHOT = options.snapshotFile
  env.SITE_OUT_DIR = options.outDir
  if (options.siteUrl) env.SITE_URL = options.siteUrl
  if (options.cacheDir) env.SITE_CACHE_DIR = options.cacheDir
  Object.assign(env, options.env)
  env.ASTRO_TELEMETRY_DISABLED = '1'
  return env
}

/**
 * Runs `astro build` for the site in its own Node process, so the CMS and the site builder
 * never share memory or module loaders. Resolves with the number of pages built; rejects with
 * the end of Astro's output when the build fails.
 */
export function runAstroBuild(options: AstroBuildOptions): Promise<{ pages: number; output: string }> {
  // A plain path, not require.resolve: the CMS's Next.js bundler rewrites require.resolve into a module id.
  const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs')
  return new Promise((resolve, reject) => {
    // Astro keeps its intermediate build in <cwd>/.astro/ when the output is elsewhere, and its
    // chunks must resolve node_modules from there: each build gets a folder of its own in the
    // project, so two builds (a publish and a preview) never share one.
    mkdirSync(path.join(projectRoot, '.astro'), { recursive: true })
    const workDir = mkdtempSync(path.join(projectRoot, '.astro', 'build-'))
    const child = spawn(process.execPath, [astroBin, 'build', '--root', projectRoot], { cwd: workDir, env: buildEnvironment(options), stdio: ['ignore', 'pipe', 'pipe'] })
    child.on('close', () => rmSync(workDir, { recursive: true, force: true }))
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex
      const plain = output.replace(/\u001b\[[0-9;]*m/g, '')
      if (code !== 0) {
        const tail = plain.trim().split('\n').slice(-25).join('\n')
        reject(new Error(`astro build exited with code ${code}:\n${tail}`))
        return
      }
      const pages = Number(/(\d+) page\(s\) built/.exec(plain)?.[1] ?? 0)
      resolve({ pages, output: plain })
    })
  })
}
