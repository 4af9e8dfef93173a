import autocannon from 'autocannon'
import type { Measurement } from './measurement'
import { percentile } from './stats'

const connections = 50
const durationSeconds = 20

/** Runs autocannon on the paths given in turn; collects every response time. */
async function load(url: string, paths: readonly string[], options: { connections: number; duration: number }) {
  let next = 0
  const times: number[] = []
  const statuses = new Map<number, number>()
  let instance: autocannon.Instance | undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.duration,
        requests: [
          {
            setupRequest: (request) => {
              request.path = paths[next++ % paths.length]!
              return request
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
  instance?.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime)
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1)
  })
  const result = await done
  return { result, times, statuses: Object.fromEntries(statuses) }
}

async function measure(url: string, paths: readonly string[], log: (line: string) => void) {
  const probe = await fetch(`${url}${paths[0]}`)
  if (!probe.ok) throw new Error(`The API answered ${probe.status} to ${paths[0]}`)
  log('  warming up for 3 s…')
  await load(url, paths, { connections: 10, duration: 3 })
  log(`  ${connections} connections for ${durationSeconds} s…`)
  const { result, times, statuses } = await load(url, paths, { connections, duration: durationSeconds })
  const ok = Object.entries(statuses).filter(([status]) => status.startsWith('2')).reduce((sum, [, count]) => sum + count, 0)
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), rps: Math.round(ok / result.duration), ok, responses: times.length, statuses, errors: result.errors, timeouts: result.timeouts, duration: result.duration }
}

/**
 * REST reads of published modules by anonymous visitors against the production server (the
 * Next.js build `npm start` serves) on localhost: 50 connections for 20 s, half of the requests
 * by id and half by slug, over 200 different modules, at Payload's default depth. The load
 * generator runs on the same two cores as the server. Measured as shipped (public reads kept in
 * memory for up to 10 s, cms/rest/publicReadCache.ts, and answered by the server before Next.js
 * routes them, cms/server/serveCms.ts) and again with that cache turned off
 * (PUBLIC_API_CACHE_SECONDS=0), which shows what each read costs Payload.
 */
export const apiLatency: Measurement = {
  name: 'api',
  describe: 'REST reads of published modules: 50 connections for 20 s against the production server',
  run: async (bench) => {
    const cms = await bench.cms()
    const payload = await bench.payload()
    const { docs } = await payload.find({ collection: 'psychoeducation-modules', where: { slug: { like: 'bench-module-' } }, limit: 200, page: 3, depth: 0, select: { slug: true } })
    if (docs.length === 0) throw new Error('No corpus modules to read')
    const paths = docs.flatMap((doc, i) => [
      `/api/psychoeducation-modules/${doc.id}${i % 2 ? '?locale=es' : ''}`,
      `/api/psychoeducation-modules?where[slug][equals]=${doc.slug}&limit=1${i % 2 ? '' : '&locale=es'}`,
    ])
    const log = (line: string) => bench.log(line)
    bench.log('  as shipped (public reads kept in memory up to 10 s):')
    const cached = await measure(cms.url, paths, log)
    bench.log('  again with the public read cache off (PUBLIC_API_CACHE_SECONDS=0), on a second server:')
    const { startProductionCms } = await import('../cms/cli/productionServer')
    const uncachedServer = await startProductionCms({ ...process.env, NODE_ENV: 'production', INSECURE_COOKIES: 'true', PAYLOAD_LOG_LEVEL: 'error', PUBLIC_API_CACHE_SECONDS: '0' })
    let uncached
    try {
      uncached = await measure(uncachedServer.url, paths, log)
    } finally {
      await uncachedServer.stop()
    }
    const figure = (run: typeof cached, how: string, judged: boolean) => ({
      name: 'api',
      title: `REST API, anonymous reads of published modules, ${connections} connections for ${durationSeconds} s, production server, ${how}`,
      result: `p50 ${run.p50} ms, p95 ${run.p95} ms, ${run.rps} req/s`,
      target: judged ? 'p95 < 50 ms' : 'none (shows the cost of a read to Payload)',
      met: judged ? run.p95 < 50 && run.errors === 0 && run.ok === run.responses : null,
      data: { p50Ms: run.p50, p95Ms: run.p95, p99Ms: run.p99, requestsPerSecond: run.rps, responses: run.responses, statuses: run.statuses, errors: run.errors, timeouts: run.timeouts, durationSeconds: run.duration },
    })
    return [figure(cached, 'as shipped (public reads cached up to 10 s)', true), figure(uncached, 'public read cache off', false)]
  },
}
