/**
 * Worker thread of checkBundleInWorker (bundleCheck.ts): checks a whole bundle, sends each
 * quality report as it is made to the importer's port, then the bundle's problems.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { readBundle } from '../../curriculum/format/readBundle'
import type { DocumentQualityReport } from './qualityReports'

const { dir, reports } = workerData as { dir: string; reports: MessagePort }
const { problems } = readBundle(dir, {
  onQualityReport: (doc, locale, report) => reports.postMessage({ type: doc.type, slug: doc.slug, locale, report } satisfies DocumentQualityReport),
})
parentPort?.postMessage({ problems })
