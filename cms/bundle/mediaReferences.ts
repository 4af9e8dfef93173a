import { rewriteMediaReferences } from '../../curriculum/format/media'
import type { MarkdownConverter } from '../richText/markdown'
import type { ReferenceIndex } from '../codec/referenceIndex'

/**
 * Bundles name media by file (`![media:box-breathing.svg]()`), the database by id
 * (`![media:12]()`). This converter turns names into ids on the way in and back on the way out.
 */
export function withMediaReferences(md: MarkdownConverter, refs: ReferenceIndex): MarkdownConverter {
  const toIds = (markdown: string) => rewriteMediaReferences(markdown, (name) => String(refs.id('media', name)))
  const toNames = (markdown: string) =>
    rewriteMediaReferences(markdown, (id) => {
      if (!refs.hasId('media', id)) throw new Error(`The text shows media file ${id}, which no longer exists; remove the image or upload it again.`)
      return refs.slug('media', id)
    })
  return {
    toLexical: (markdown) => md.toLexical(toIds(markdown)),
    toMarkdown: (state) => toNames(md.toMarkdown(state)),
    normalize: md.normalize,
  }
}
