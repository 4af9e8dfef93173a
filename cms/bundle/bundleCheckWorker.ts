/** Worker thread of checkBundleInWorker (bundleCheck.ts): checks a whole bundle, reports its problems. */
import { parentPort, workerData } from 'node:worker_threads'
import { readBundle } from '../../curriculum/format/readBundle'

const { dir } = workerData as { dir: string }
parentPort?.postMessage({ problems: readBundle(dir).problems })
