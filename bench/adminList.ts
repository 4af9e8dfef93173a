import type { Measurement } from './measurement'
import { percentile } from './stats'

const warmUp = 3
const samples = 20

/** Requests a page as the signed-in admin; returns the time to the last byte and the page. */
async function timedGet(url: string, token: string): Promise<{ ms: number; status: number; html: string }> {
  const started = performance.now()
  // The session token as a header: Payload takes a cookie only with a browser's same-origin signals.
  const response = await fetch(url, { headers: { authorization: `JWT ${token}` }, redirect: 'manual' })
  const html = await response.text()
  return { ms: performance.now() - started, status: response.status, html }
}

/**
 * The admin's list of psychoeducation modules, signed in as an admin, with twice the corpus's
 * modules in the database (10,000 at the default size): the server time of the whole page (the
 * production Next.js server renders the list on the server), first page and a page of 100,
 * requests one after another on localhost.
 */
export const adminList: Measurement = {
  name: 'admin-list',
  describe: 'server time of the admin list of 10,000 modules, signed in',
  run: async (bench) => {
    const { modules } = await bench.doubledModules()
    const cms = await bench.cms()
    const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cms.admin) })
    if (!login.ok) throw new Error(`Signing in as the benchmark admin failed: ${login.status}`)
    const { token } = (await login.json()) as { token: string }
    const results = []
    for (const [label, query] of [
      ['first page (10 rows)', ''],
      ['100 rows', '?limit=100'],
    ] as const) {
      const url = `${cms.url}/admin/collections/psychoeducation-modules${query}`
      const times: number[] = []
      for (let i = 0; i < warmUp + samples; i++) {
        const { ms, status, html } = await timedGet(url, token)
        if (status !== 200) throw new Error(`The admin list answered ${status}; is the benchmark admin signed in?`)
        if (!/Module \d+:/.test(html)) throw new Error('The admin list page does not show the corpus modules')
        if (i >= warmUp) times.push(ms)
      }
      const median = percentile(times, 50)
      const p95 = percentile(times, 95)
      bench.log(`  ${label}: median ${median} ms`)
      results.push({
        name: 'admin-list',
        title: `Admin list of ${modules.toLocaleString('en')} psychoeducation modules, ${label}, signed in, server time`,
        result: `median ${median} ms, p95 ${p95} ms`,
        target: 'none set in issue 8 (reported)',
        met: null,
        data: { modules, url: `/admin/collections/psychoeducation-modules${query}`, medianMs: median, p95Ms: p95, samples: times.map((t) => Math.round(t)) },
      })
    }
    return results
  },
}
