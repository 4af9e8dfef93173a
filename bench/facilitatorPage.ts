/**
 * Server time of the facilitator workspace's script page, the page a facilitator opens in the
 * group room. Self-contained: give it a running CMS and a facilitator's credentials, or let
 * `runFacilitatorBench` start one (production build, fresh database, shipped curricula).
 *
 * Requests go one at a time over loopback, so the time to the last byte is the server's time
 * plus a loopback round trip. The baseline, measured in the same run against the same server, is
 * the REST read of the same script by the same user: what Payload itself needs to serve the data
 * the page is made from. Target: a script page under 200 ms.
 */
import type { Measurement } from './measurement'

export interface Timing {
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
}

export interface FacilitatorPageResult {
  name: 'facilitator'
  page: string
  requests: number
  script: Timing
  baseline: Timing & { name: string }
  ratioToBaseline: number
  target: string
}

export interface FacilitatorPageOptions {
  /** A running CMS, e.g. http://127.0.0.1:3000 */
  url: string
  email: string
  password: string
  /** The script page to measure, e.g. /facilitator/en/programs/adult-co-occurring/weeks/1/days/1/sessions/1 */
  page: string
  requests?: number
  warmup?: number
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (ms: number) => Number(ms.toFixed(1))
  return { medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), minMs: round(sorted[0] ?? Number.NaN), maxMs: round(sorted.at(-1) ?? Number.NaN) }
}

async function timeRequests(url: string, headers: Record<string, string>, requests: number, warmup: number, check: (response: Response, body: string) => void): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < warmup + requests; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers, redirect: 'manual' })
    const body = await response.text()
    const elapsed = performance.now() - started
    check(response, body)
    if (i >= warmup) samples.push(elapsed)
  }
  return samples
}

/** Measures the script page and its REST baseline, interleaved in rounds so both see the same machine load. */
export async function measureFacilitatorPage({ url, email, password, page, requests = 50, warmup = 5 }: FacilitatorPageOptions): Promise<FacilitatorPageResult> {
  const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  if (!login.ok) throw new Error(`Signing in as ${email} failed (${login.status}); check the facilitator's email and password.`)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }

  const pageCheck = (response: Response, body: string) => {
    if (response.status !== 200 || !body.includes('class="segment"')) throw new Error(`${page} answered ${response.status} without a script; is the facilitator assigned to that program?`)
  }
  const scriptId = await scriptIdOf(url, headers, page)
  const restUrl = `${url}/api/session-scripts/${scriptId}?depth=1&locale=${page.split('/')[2] ?? 'en'}`
  const restCheck = (response: Response) => {
    if (response.status !== 200) throw new Error(`${restUrl} answered ${response.status}`)
  }

  const rounds = 5
  const per = Math.ceil(requests / rounds)
  const pageSamples: number[] = []
  const restSamples: number[] = []
  for (let round = 0; round < rounds; round++) {
    pageSamples.push(...(await timeRequests(`${url}${page}`, headers, per, round === 0 ? warmup : 1, pageCheck)))
    restSamples.push(...(await timeRequests(restUrl, headers, per, round === 0 ? warmup : 1, restCheck)))
  }
  const script = summarize(pageSamples)
  const baseline = summarize(restSamples)
  return {
    name: 'facilitator',
    page,
    requests: pageSamples.length,
    script,
    baseline: { name: 'REST read of the same script (depth 1) by the same user', ...baseline },
    ratioToBaseline: Number((script.medianMs / baseline.medianMs).toFixed(2)),
    target: 'script page < 200 ms server time',
  }
}

/** The script a session page shows, found the way the page finds it: through the program's schedule. */
async function scriptIdOf(url: string, headers: Record<string, string>, page: string): Promise<number> {
  const match = /^\/facilitator\/([^/]+)\/programs\/([^/]+)\/weeks\/(\d+)\/days\/(\d+)\/sessions\/(\d+)$/.exec(page)
  if (!match) throw new Error(`${page} is not a script page address (/facilitator/<locale>/programs/<slug>/weeks/<n>/days/<n>/sessions/<n>).`)
  const [, , slug, week, day, session] = match
  const response = await fetch(`${url}/api/programs?where[slug][equals]=${slug}&depth=0`, { headers })
  const program = ((await response.json()) as { docs: { schedule?: { week: number; days?: { day: number; slots?: { start: string; script: number }[] }[] }[] }[] }).docs[0]
  const slots = program?.schedule?.find((w) => w.week === Number(week))?.days?.find((d) => d.day === Number(day))?.slots ?? []
  const slot = [...slots].sort((a, b) => a.start.localeCompare(b.start))[Number(session) - 1]
  if (!slot) throw new Error(`No session ${session} on day ${day} of week ${week} in ${slug}.`)
  return slot.script
}

/**
 * Starts the CMS as the end-to-end tests do (sharing their production build), prepares a
 * facilitator with a program that meets today, and measures its first session's script page.
 */
export async function runFacilitatorBench(requests: number): Promise<FacilitatorPageResult> {
  const { cmsAdmin, startCmsServer } = await import('../tests/support/cmsServer')
  const { facilitator, setUpFacilitatorWorld } = await import('../tests/e2e/support/facilitatorSetup')
  const { weekdayOf } = await import('../curriculum/rules/cycleCalendar')
  const cms = await startCmsServer({ site: false })
  try {
    const world = await setUpFacilitatorWorld(cms.url, cmsAdmin)
    const page = `/facilitator/en/programs/${world.todayProgram.slug}/weeks/2/days/${weekdayOf(world.today)}/sessions/1`
    return await measureFacilitatorPage({ url: cms.url, email: facilitator.email, password: facilitator.password, page, requests })
  } finally {
    await cms.stop()
  }
}

const requestsPerRun = 100

/** The facilitator script page as one of `npm run bench`'s measurements (`--only facilitator`). */
export const facilitatorPage: Measurement = {
  name: 'facilitator',
  describe: 'server time of a facilitator script page (shipped content), against a REST read of the same script',
  run: async (bench) => {
    bench.log('  starting a CMS with the shipped curricula and a facilitator whose program meets today…')
    const result = await runFacilitatorBench(requestsPerRun)
    return [
      {
        name: 'facilitator',
        title: `Facilitator script page, ${result.requests} requests, server time`,
        result: `median ${result.script.medianMs} ms, p95 ${result.script.p95Ms} ms`,
        baseline: `median ${result.baseline.medianMs} ms: ${result.baseline.name}`,
        ratio: result.ratioToBaseline,
        target: 'median < 200 ms',
        met: result.script.medianMs < 200,
        data: { ...result },
      },
    ]
  },
}
