import type { BundleDocument } from './bundle'
import type { BundleProblem } from './problems'
import { readBundleFiles } from './readBundleFiles'
import { validateBundleFiles } from './validateBundle'

/**
 * Reads and checks a whole bundle; a bundle is usable only when `problems` is empty. `warnings`
 * are the quality checks' advice (a readability aim missed, a word to reconsider): never fatal.
 */
export function readBundle(root: string): { documents: BundleDocument[]; problems: BundleProblem[]; warnings: BundleProblem[] } {
  const read = readBundleFiles(root)
  const validated = validateBundleFiles(read.files, new Set(read.problems.map((p) => p.file)))
  const problems = [...read.problems, ...validated.problems]
  return { documents: validated.documents, problems, warnings: validated.warnings }
}
