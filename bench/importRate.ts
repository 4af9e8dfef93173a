import type { CollectionSlug } from 'payload'
import { importBundle } from '../cms/bundle/importBundle'
import { progressBar } from '../cms/cli/progressBar'
import type { Measurement } from './measurement'

const baselineSample = 200
const rate = (documents: number, seconds: number) => Number((documents / seconds).toFixed(1))

/**
 * Import rate of the corpus into the empty embedded database (validation, Markdown conversion,
 * writes, all in one transaction), then a re-import of the unchanged corpus (which must change
 * nothing), next to a baseline measured in the same process: the same kind of document written
 * straight through Payload's Local API (one create and one translation update), no importer.
 */
export const importRate: Measurement = {
  name: 'import',
  describe: 'import rate of the corpus on the embedded database, re-import, Local API baseline',
  run: async (bench) => {
    const corpus = await bench.corpus()
    const payload = await bench.payload()

    bench.log('Re-importing the unchanged corpus (must change nothing)…')
    const bar = progressBar('  Re-import')
    const reStarted = performance.now()
    const again = await importBundle(payload, corpus.dir, { publish: true, onProgress: bar.update })
    const reSeconds = (performance.now() - reStarted) / 1000
    bar.stop()
    if (again.created + again.updated > 0) throw new Error(`Re-importing the unchanged corpus changed ${again.created + again.updated} documents`)

    bench.log(`Baseline: ${baselineSample} modules through the Local API, no importer…`)
    const baselineStarted = performance.now()
    const created: (number | string)[] = []
    for (let i = 0; i < baselineSample; i++) {
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
      const doc = await payload.create({ collection: 'psychoeducation-modules', data, depth: 0 })
      await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: { title: `Base ${i}`, summary: 'Resumen.', tryThis: 'Pruebe.' }, depth: 0 })
      created.push(doc.id)
    }
    const baselineRate = rate(baselineSample, (performance.now() - baselineStarted) / 1000)
    // The baseline's modules are not part of the corpus the other measurements publish and read.
    await payload.delete({ collection: 'psychoeducation-modules' as CollectionSlug, where: { id: { in: created } } })

    const importRateValue = rate(corpus.documents, corpus.seconds)
    const target = 200
    return [
      {
        name: 'import',
        title: `Import, ${corpus.documents.toLocaleString('en')} documents (${corpus.files.toLocaleString('en')} files) into an empty database`,
        result: `${importRateValue} docs/s (${corpus.seconds.toFixed(1)} s)`,
        baseline: `${baselineRate} docs/s: Local API create + translation update, no importer`,
        ratio: Number((importRateValue / baselineRate).toFixed(2)),
        target: `≥ ${target} docs/s`,
        met: importRateValue >= target,
        data: { documents: corpus.documents, files: corpus.files, seconds: corpus.seconds, documentsPerSecond: importRateValue, summary: corpus.summary, baseline: { documents: baselineSample, documentsPerSecond: baselineRate } },
      },
      {
        name: 'import',
        title: `Re-import of the same ${corpus.documents.toLocaleString('en')} documents, unchanged`,
        result: `${rate(corpus.documents, reSeconds)} docs/s (${reSeconds.toFixed(1)} s), 0 changed`,
        target: 'changes nothing',
        met: again.unchanged === corpus.documents,
        data: { seconds: reSeconds, summary: again },
      },
    ]
  },
}
