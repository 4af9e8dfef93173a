import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  depth: number
  /** 1-based page the bookmark points at. */
  page: number
}

/**
 * The bookmarks Chromium writes into a PDF from the page's headings (page.pdf({ outline: true })),
 * flattened in order, each with the page it opens: proof of where every heading was printed.
 */
export function pdfOutline(pdf: PDFDocument): OutlineEntry[] {
  const pages = pdf.getPages().map((page) => page.ref.toString())
  const entries: OutlineEntry[] = []
  const walk = (ref: unknown, depth: number): void => {
    let item = ref instanceof PDFRef ? pdf.context.lookup(ref, PDFDict) : undefined
    while (item) {
      const title = item.lookup(PDFName.of('Title'))
      const dest = item.lookup(PDFName.of('Dest'))
      const target = dest instanceof PDFArray ? dest.get(0).toString() : ''
      entries.push({ title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '', depth, page: pages.indexOf(target) + 1 })
      walk(item.get(PDFName.of('First')), depth + 1)
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? pdf.context.lookup(next, PDFDict) : undefined
    }
  }
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (outlines) walk(outlines.get(PDFName.of('First')), 0)
  return entries
}
