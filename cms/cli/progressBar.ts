import { SingleBar, Presets } from 'cli-progress'

/** A terminal progress bar for long work (import, export, publish, benchmark). */
export function progressBar(label: string): { update: (event: { done: number; total: number; slug: string }) => void; stop: () => void } {
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {slug}`, hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 2000 },
    Presets.shades_classic,
  )
  let started = false
  return {
    update: ({ done, total, slug }) => {
      if (!started) {
        bar.start(total, 0, { slug: '' })
        started = true
      }
      bar.update(done, { slug })
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}
