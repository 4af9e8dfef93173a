import path from 'node:path'
import { bareAstroBuild } from './bareAstro'
import type { Measurement } from './measurement'

const seconds = (value: number) => Number(value.toFixed(1))

/**
 * Publish of the corpus as `npm run publish` does it (snapshot of published content, Astro
 * build, Pagefind index, check, swap), next to a bare Astro build of the same module pages
 * from plain Markdown run in the same script.
 */
export const publish: Measurement = {
  name: 'publish',
  describe: 'publish of the corpus (snapshot, Astro, Pagefind) against a bare Astro build of the same pages',
  run: async (bench) => {
    const site = await bench.site()
    bench.log('Baseline: a bare Astro build of the same module pages from plain Markdown…')
    const bare = await bareAstroBuild(bench.root, path.join(bench.work, 'bare-astro'), bench.modules, (line) => bench.log(line))
    bench.log(`  ${bare.pages.toLocaleString('en')} pages in ${bare.seconds.toFixed(1)} s`)
    const total = site.result.seconds
    const ratio = Number((total / bare.seconds).toFixed(2))
    const steps = Object.fromEntries(site.result.steps.map((step) => [step.step, seconds(step.seconds)]))
    return [
      {
        name: 'publish',
        title: `Publish, ${site.result.pages.toLocaleString('en')} pages (snapshot ${steps.snapshot} s, build ${steps.build} s, Pagefind ${steps.index} s, check ${steps.check} s)`,
        result: `${seconds(total)} s`,
        baseline: `${seconds(bare.seconds)} s: bare Astro, ${bare.pages.toLocaleString('en')} plain Markdown pages`,
        ratio,
        target: '≤ 1.5× and < 60 s',
        met: ratio <= 1.5 && total < 60,
        data: { seconds: total, pages: site.result.pages, steps, bare },
      },
    ]
  },
}
