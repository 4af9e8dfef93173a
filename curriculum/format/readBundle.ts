import type { BundleDocument } from './bundle'
import { checkMediaReferences } from './checkMediaReferences'
import type { BundleMedia } from './media'
import type { BundleProblem } from './problems'
import { readBundleFiles } from './readBundleFiles'
import { readBundleMedia } from './readBundleMedia'
import { validateBundleFiles, type ValidateOptions } from './validateBundle'

/**
 * Reads and checks a whole bundle; a bundle is usable only when `problems` is empty. `warnings`
 * advise (a readability aim missed, a word to reconsider, a media file nothing shows): never fatal.
 */
export function readBundle(root: string, options: ValidateOptions = {}): { documents: BundleDocument[]; media: BundleMedia[]; problems: BundleProblem[]; warnings: BundleProblem[] } {
  const read = readBundleFiles(root)
  const media = readBundleMedia(root)
  const validated = validateBundleFiles(read.files, new Set(read.problems.map((p) => p.file)), media.media, options)
  const references = checkMediaReferences(validated.documents, media.media)
  const problems = [...read.problems, ...media.problems, ...validated.problems, ...references.problems]
  return { documents: validated.documents, media: media.media, problems, warnings: [...validated.warnings, ...references.warnings] }
}
