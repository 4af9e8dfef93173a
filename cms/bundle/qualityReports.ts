import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import type { LocaleCode } from '../../curriculum/locales'
import type { QualityReport } from '../../curriculum/quality'
import type { ContentTypeKey } from '../../curriculum/schemas'

/** One document's quality report in one locale, as the bundle check made it. */
export interface DocumentQualityReport {
  type: ContentTypeKey
  slug: string
  locale: LocaleCode
  report: QualityReport
}

/**
 * The bundle check's quality reports, kept for the writer so that the importer stores the report
 * the check made instead of running the quality engine twice on the same text. Reports come from
 * the check on this thread, or from the worker of bundleCheck.ts through a port that is read
 * without waiting whenever a report is asked for (the import loop never yields to the event
 * loop, so posted messages would not arrive otherwise). A report the check has not made yet is
 * undefined, and the writer checks that text itself rather than wait.
 */
export interface QualityReports {
  add: (each: DocumentQualityReport) => void
  take: (type: ContentTypeKey, slug: string, locale: LocaleCode) => QualityReport | undefined
  receiveFrom: (port: MessagePort) => void
}

export function qualityReports(): QualityReports {
  const reports = new Map<string, QualityReport>()
  const ports: MessagePort[] = []
  const keyOf = (type: ContentTypeKey, slug: string, locale: LocaleCode) => `${type}/${slug}.${locale}`
  const add = ({ type, slug, locale, report }: DocumentQualityReport) => void reports.set(keyOf(type, slug, locale), report)
  return {
    add,
    take(type, slug, locale) {
      for (const port of ports) for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) add(received.message as DocumentQualityReport)
      const key = keyOf(type, slug, locale)
      const report = reports.get(key)
      // Each report is asked for once, when its document is written.
      reports.delete(key)
      return report
    },
    receiveFrom: (port) => void ports.push(port),
  }
}
