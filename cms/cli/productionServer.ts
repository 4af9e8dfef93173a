import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { cmsDir, ensureCmsBuild, serveCmsScript } from './ensureCmsBuild'

/** A free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/** Resolves when `url` answers 2xx; rejects after `timeoutMs` or when `exited` says the server died. */
export async function waitForUrl(url: string, timeoutMs: number, exited: () => number | null = () => null): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const code = exited()
    if (code !== null) throw new Error(`The server exited with code ${code} before ${url} answered`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

export interface ProductionCms {
  url: string
  stop: () => Promise<void>
}

/**
 * Starts the production server (cms/server/serveCms.ts: the Next.js build, with kept public
 * reads answered before it) on `port`, with the environment given. Both `npm start` and
 * startProductionCms run the CMS through this.
 */
export function spawnCmsServer(options: { port: number; hostname?: string; env: NodeJS.ProcessEnv; stdio: 'ignore' | 'inherit' }): ChildProcess {
  const args = [serveCmsScript, '--port', String(options.port), ...(options.hostname ? ['--hostname', options.hostname] : [])]
  return spawn(process.execPath, args, { cwd: cmsDir, env: { ...options.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: options.stdio })
}

/**
 * The CMS as `npm start` serves it: the production Next.js build (built first when the code
 * changed) serving the admin and the REST API on a free loopback port, with the environment
 * given (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET…).
 */
export async function startProductionCms(env: NodeJS.ProcessEnv, options: { output?: 'ignore' | 'inherit' } = {}): Promise<ProductionCms> {
  ensureCmsBuild()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = spawnCmsServer({ port, hostname: '127.0.0.1', env: { ...env, CMS_URL: url }, stdio: options.output ?? 'ignore' })
  let exitCode: number | null = null
  server.on('exit', (code) => (exitCode = code ?? -1))
  await waitForUrl(`${url}/api/globals/site-settings`, 120_000, () => exitCode)
  return {
    url,
    stop: async () => {
      if (exitCode !== null) return
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    },
  }
}
