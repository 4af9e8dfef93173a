import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { importBundle } from '../cms/bundle/importBundle'
import { progressBar } from '../cms/cli/progressBar'
import { writeCorpus } from './corpus'

export interface ImportRateResult {
  name: 'import'
  documents: number
  seconds: number
  documentsPerSecond: number
  baseline: { name: string; documents: number; documentsPerSecond: number }
  ratioToBaseline: number
  target: string
}

/**
 * Import rate of a synthetic bundle (modules in two locales) into an empty embedded database,
 * next to a baseline measured in the same process: the same kind of document written straight
 * through Payload's Local API (one create and one translation update), without the importer.
 */
export async function measureImportRate(payload: Payload, modules: number, root: string): Promise<ImportRateResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'iop-bench-corpus-'))
  try {
    writeCorpus(dir, modules, path.join(root, 'curriculum/content/conditions'))
    const bar = progressBar('Import benchmark')
    const started = performance.now()
    const summary = await importBundle(payload, dir, { publish: true, onProgress: bar.update })
    const seconds = (performance.now() - started) / 1000
    bar.stop()
    const documents = summary.created + summary.updated + summary.unchanged

    const sample = Math.min(200, modules)
    const baselineStarted = performance.now()
    for (let i = 0; i < sample; i++) {
      const data = {
        slug: `baseline-${i}`,
        title: `Baseline ${i}`,
        summary: 'A summary.',
        tryThis: 'Try this.',
        objectives: [{ text: 'An objective.' }],
        keyPoints: [{ text: 'A key point.' }],
        audience: 'all' as const,
        _status: 'published' as const,
      }
      const created = await payload.create({ collection: 'psychoeducation-modules', data, depth: 0 })
      await payload.update({ collection: 'psychoeducation-modules', id: created.id, locale: 'es', data: { title: `Base ${i}`, summary: 'Resumen.', tryThis: 'Pruebe.' }, depth: 0 })
    }
    const baselineRate = sample / ((performance.now() - baselineStarted) / 1000)
    const rate = documents / seconds
    return {
      name: 'import',
      documents,
      seconds: Number(seconds.toFixed(2)),
      documentsPerSecond: Number(rate.toFixed(1)),
      baseline: { name: 'Payload Local API create + translation update, no importer', documents: sample, documentsPerSecond: Number(baselineRate.toFixed(1)) },
      ratioToBaseline: Number((rate / baselineRate).toFixed(2)),
      target: '≥ 200 documents/s',
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
