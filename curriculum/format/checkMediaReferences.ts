import type { BundleDocument } from './bundle'
import { mediaReferencesIn, type BundleMedia } from './media'
import type { BundleProblem } from './problems'

/**
 * Every image a body shows must be in the bundle; a media file nothing shows is reported as a
 * warning (export keeps it in the top-level media folder).
 */
export function checkMediaReferences(documents: readonly BundleDocument[], media: readonly BundleMedia[]): { problems: BundleProblem[]; warnings: BundleProblem[] } {
  const names = new Set(media.map((m) => m.name))
  const used = new Set<string>()
  const problems: BundleProblem[] = []
  for (const doc of documents) {
    for (const [locale, body] of Object.entries(doc.body)) {
      const file = doc.files[locale as keyof typeof doc.files]
      if (!body || !file) continue
      for (const reference of mediaReferencesIn(body)) {
        used.add(reference.name)
        if (!names.has(reference.name)) {
          problems.push({ file: file.file, field: 'body', reason: `line ${reference.line} of the body shows "${reference.name}", which is not in the bundle; add it to ${doc.type}/media/ with its alt text` })
        }
      }
    }
  }
  const warnings = media.filter((m) => !used.has(m.name)).map((m) => ({ file: m.file, field: '', reason: 'no document shows this file' }))
  return { problems, warnings }
}
