import { readdirSync } from 'node:fs'
import path from 'node:path'
import { MessageChannel, Worker } from 'node:worker_threads'
import type { BundleProblem } from '../../curriculum/format/problems'
import { readBundle } from '../../curriculum/format/readBundle'
import { projectRoot } from '../database/paths'
import type { QualityReports } from './qualityReports'

/** From how many files a bundle is checked in a worker thread while the import writes. */
export const workerCheckFrom = 1_000

export interface BundleCheck {
  /** Every problem of the bundle, as `readBundle` reports them, in the same order. */
  problems: () => Promise<BundleProblem[]>
  stop: () => void
}

/** How many document files a bundle holds, without reading them. */
export function countBundleFiles(dir: string): number {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .reduce((sum, folder) => sum + readdirSync(path.join(dir, folder.name)).filter((name) => name.endsWith('.md')).length, 0)
  } catch {
    return 0
  }
}

/** The worker runs TypeScript: the parent's loader when it has one (tsx), else tsx's loader itself. */
function workerExecArgv(): string[] {
  if (process.execArgv.some((arg) => arg.includes('tsx'))) return process.execArgv.filter((arg) => !arg.startsWith('--eval') && !arg.startsWith('-e'))
  return ['--import', new URL(`file://${path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')}`).href]
}

/**
 * The whole check of a bundle (readBundle: schemas, references, program rules, editorial
 * quality) in a worker thread, on the other core, while the importer writes what the quick
 * checks on its own thread let through, inside its transaction. The importer commits only when
 * this found nothing. The quality reports it makes reach `reports` as they are made. If the
 * worker cannot start or fails, the check runs here instead.
 */
export function checkBundleInWorker(dir: string, reports: QualityReports): BundleCheck {
  let worker: Worker | undefined
  const inline = () => readBundle(dir).problems
  const channel = new MessageChannel()
  const result = new Promise<BundleProblem[]>((resolve) => {
    try {
      worker = new Worker(new URL('./bundleCheckWorker.ts', import.meta.url), { workerData: { dir, reports: channel.port2 }, transferList: [channel.port2], execArgv: workerExecArgv() })
      reports.receiveFrom(channel.port1)
    } catch {
      resolve(inline())
      return
    }
    let answered = false
    worker.once('message', (message: { problems: BundleProblem[] }) => {
      answered = true
      resolve(message.problems)
    })
    worker.once('error', () => {
      if (!answered) resolve(inline())
    })
    worker.once('exit', (code) => {
      if (!answered && code !== 0) resolve(inline())
    })
  })
  return {
    problems: async () => {
      const problems = await result
      void worker?.terminate()
      channel.port1.close()
      return problems
    },
    stop: () => {
      void worker?.terminate()
      channel.port1.close()
    },
  }
}
