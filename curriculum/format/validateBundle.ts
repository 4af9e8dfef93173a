import type { z } from 'zod'
import { defaultLocale, localeCodes, type LocaleCode } from '../locales'
import { checkProgram, checkScriptTiming, type ScriptFacts } from '../rules/programRules'
import { contentTypes, handoutTypes, typeName, type ContentTypeKey } from '../schemas'
import type { GroupType, Segment } from '../schemas/sessionScript'
import type { ProgramShared } from '../schemas/program'
import { checkDocumentQuality, type QualityFinding, type QualityReport } from '../quality'
import { documentFile, documentKey, type BundleDocument, type BundleFile } from './bundle'
import { withMediaAltText, type BundleMedia } from './media'
import type { BundleProblem } from './problems'

function issuesToProblems(file: BundleFile, error: z.ZodError, prefix: (string | number)[] = []): BundleProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
    let reason = issue.message
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) reason = 'is required'
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file: file.file, line: file.lineOf([...path, key]), field: [...path, key].join('.'), reason: 'is not a field of this content type' }))
    }
    return [{ file: file.file, line: file.lineOf(path), field: path.join('.'), reason }]
  }).flat()
}

/** Checks one file's front matter against its type's schema and splits shared from localized. */
function parseFile(file: BundleFile, problems: BundleProblem[]): { shared?: Record<string, unknown>; localized?: Record<string, unknown> } {
  const type = contentTypes[file.type]
  const sharedKeys = new Set(Object.keys(type.shared.shape).filter((key) => key !== 'slug'))
  const localizedKeys = new Set(Object.keys(type.localized.shape))
  const sharedData: Record<string, unknown> = {}
  const localizedData: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(file.data)) {
    if (localizedKeys.has(key)) localizedData[key] = value
    else if (sharedKeys.has(key)) {
      if (file.locale !== defaultLocale) {
        problems.push({ file: file.file, line: file.lineOf([key]), field: key, reason: `is shared by every language; set it in ${documentFile(file.type, file.slug, defaultLocale)} only` })
      } else sharedData[key] = value
    } else if (key === 'slug') {
      problems.push({ file: file.file, line: file.lineOf([key]), field: key, reason: 'the slug is the file name; remove this field' })
    } else {
      problems.push({ file: file.file, line: file.lineOf([key]), field: key, reason: 'is not a field of this content type' })
    }
  }
  const result: { shared?: Record<string, unknown>; localized?: Record<string, unknown> } = {}
  const localized = type.localized.safeParse(localizedData)
  if (localized.success) result.localized = localized.data as Record<string, unknown>
  else problems.push(...issuesToProblems(file, localized.error))
  if (file.locale === defaultLocale) {
    const shared = type.shared.safeParse({ slug: file.slug, ...sharedData })
    if (shared.success) {
      const { slug: _slug, ...rest } = shared.data as Record<string, unknown>
      result.shared = rest
    } else problems.push(...issuesToProblems(file, shared.error))
  }
  return result
}

function requiredLocales(type: ContentTypeKey): readonly LocaleCode[] {
  return contentTypes[type].readership === 'facilitators' ? [defaultLocale] : localeCodes
}

interface Index {
  byKey: Map<string, BundleDocument>
  bySlug: Map<string, BundleDocument>
}

function checkReferences(doc: BundleDocument, index: Index, problems: BundleProblem[]): void {
  const file = doc.files[defaultLocale]
  if (!file) return
  const expect = (path: (string | number)[], slug: unknown, allowed: readonly ContentTypeKey[]) => {
    if (typeof slug !== 'string') return
    const found = allowed.some((type) => index.byKey.has(documentKey(type, slug)))
    if (!found) {
      const elsewhere = index.bySlug.get(slug)
      problems.push({
        file: file.file,
        line: file.lineOf(path),
        field: path.join('.'),
        reason: elsewhere
          ? `"${slug}" is a ${typeName(elsewhere.type)}, but a ${allowed.map(typeName).join(' or ')} is needed here`
          : `no ${allowed.map(typeName).join(' or ')} has the slug "${slug}"`,
      })
    }
  }
  const conditions = doc.shared.conditions
  if (Array.isArray(conditions)) conditions.forEach((slug, i) => expect(['conditions', i], slug, ['conditions']))
  if (doc.type === 'scripts') {
    const handouts = doc.shared.handouts
    if (Array.isArray(handouts)) handouts.forEach((slug, i) => expect(['handouts', i], slug, handoutTypes))
  }
  if (doc.type === 'programs') {
    const program = doc.shared as Omit<ProgramShared, 'slug'>
    program.schedule.forEach((week, w) => {
      week.days.forEach((day, d) => day.slots.forEach((slot, s) => expect(['schedule', w, 'days', d, 'slots', s, 'script'], slot.script, ['scripts'])))
      week.psychoeducation.forEach((slug, i) => expect(['schedule', w, 'psychoeducation', i], slug, ['psychoeducation']))
      week.holistic.forEach((slug, i) => expect(['schedule', w, 'holistic', i], slug, ['holistic']))
      week.family.forEach((slug, i) => expect(['schedule', w, 'family', i], slug, ['family']))
    })
  }
}

function scriptFacts(doc: BundleDocument): ScriptFacts {
  const segmentMinutesByLocale: Record<string, number[]> = {}
  for (const [locale, fields] of Object.entries(doc.localized)) {
    segmentMinutesByLocale[locale] = ((fields?.segments ?? []) as Segment[]).map((s) => s.minutes)
  }
  return {
    slug: doc.slug,
    minutes: doc.shared.minutes as number,
    groupType: doc.shared.groupType as GroupType,
    topics: (doc.shared.topics ?? []) as string[],
    segmentMinutesByLocale,
  }
}

function checkRules(doc: BundleDocument, index: Index, problems: BundleProblem[]): void {
  if (doc.type === 'scripts') {
    const facts = scriptFacts(doc)
    for (const [locale, minutes] of Object.entries(facts.segmentMinutesByLocale)) {
      const file = doc.files[locale as LocaleCode]
      if (!file) continue
      for (const violation of checkScriptTiming({ minutes: facts.minutes, segmentMinutesByLocale: { [locale]: minutes } })) {
        problems.push({ file: file.file, line: file.lineOf(violation.path), field: violation.path.join('.'), reason: violation.message })
      }
    }
  }
  if (doc.type === 'programs') {
    const file = doc.files[defaultLocale]
    if (!file) return
    const program = doc.shared as Omit<ProgramShared, 'slug'>
    const violations = checkProgram<string>(program, {
      script: (slug) => {
        const script = index.byKey.get(documentKey('scripts', slug))
        return script ? scriptFacts(script) : undefined
      },
      psychoeducation: (slug) => {
        const module = index.byKey.get(documentKey('psychoeducation', slug))
        return module ? { topics: (module.shared.topics ?? []) as string[] } : undefined
      },
    })
    for (const violation of violations) {
      // A missing script is already reported as an unknown reference.
      if (/does not exist\.$/.test(violation.message)) continue
      problems.push({ file: file.file, line: file.lineOf(violation.path), field: violation.path.join('.'), reason: violation.message })
    }
  }
}

function findingToProblem(file: BundleFile, finding: QualityFinding): BundleProblem {
  const reason = finding.suggestion ? `${finding.message} ${finding.suggestion}` : finding.message
  // Body lines are counted inside the body: the parsed file does not say where its body starts.
  if (finding.line !== undefined) return { file: file.file, field: finding.field, reason: `line ${finding.line} of the body: ${reason}` }
  return { file: file.file, line: file.lineOf(finding.path), field: finding.field, reason }
}

/** The editorial quality checks (curriculum/quality): errors fail the bundle, warnings advise. */
function checkQuality(doc: BundleDocument, media: readonly BundleMedia[], problems: BundleProblem[], warnings: BundleProblem[], onReport: ValidateOptions['onQualityReport']): void {
  for (const locale of localeCodes) {
    const file = doc.files[locale]
    const fields = doc.localized[locale]
    if (!file || !fields) continue
    const body = withMediaAltText(doc.body[locale] ?? '', media, locale)
    const report = checkDocumentQuality({ type: doc.type, slug: doc.slug, locale, fields, body })
    onReport?.(doc, locale, report)
    for (const finding of report.findings) (finding.severity === 'error' ? problems : warnings).push(findingToProblem(file, finding))
  }
}

/**
 * Turns parsed files into documents and checks everything that can be checked without a
 * database: schemas, locales, unique slugs, references, the program rules and the editorial
 * quality checks. Quality warnings come back apart from the problems: they never fail a bundle.
 */
export interface ValidateOptions {
  /** Run the editorial quality checks (the default); off only where they run elsewhere at the same time. */
  quality?: boolean
  /** Receives each document's quality report per locale as it is made (the importer stores them). */
  onQualityReport?: (doc: BundleDocument, locale: LocaleCode, report: QualityReport) => void
}

export function validateBundleFiles(files: readonly BundleFile[], unreadable: ReadonlySet<string>, media: readonly BundleMedia[], options: ValidateOptions = {}): { documents: BundleDocument[]; problems: BundleProblem[]; warnings: BundleProblem[] } {
  const problems: BundleProblem[] = []
  const warnings: BundleProblem[] = []
  const byKey = new Map<string, BundleDocument>()
  const bySlug = new Map<string, BundleDocument>()

  for (const file of files) {
    const key = documentKey(file.type, file.slug)
    let doc = byKey.get(key)
    if (!doc) {
      const other = bySlug.get(file.slug)
      if (other) {
        const otherFile = Object.values(other.files)[0]
        problems.push({ file: file.file, field: 'slug', reason: `the slug "${file.slug}" is already used by ${otherFile?.file ?? other.type}; slugs must be unique across the bundle` })
        continue
      }
      doc = { type: file.type, slug: file.slug, shared: {}, localized: {}, body: {}, files: {} }
      byKey.set(key, doc)
      bySlug.set(file.slug, doc)
    }
    doc.files[file.locale] = file
    const parsed = parseFile(file, problems)
    if (parsed.shared) doc.shared = parsed.shared
    if (parsed.localized) doc.localized[file.locale] = parsed.localized
    doc.body[file.locale] = file.body
    if (contentTypes[file.type].bodyField === null && file.body.trim() !== '') {
      problems.push({ file: file.file, field: 'body', reason: `a ${typeName(file.type)} has no body; leave nothing after the closing "---"` })
    }
  }

  const documents = [...byKey.values()]
  const index: Index = { byKey, bySlug }
  for (const doc of documents) {
    const anyFile = Object.values(doc.files)[0]
    if (!doc.files[defaultLocale]) {
      if (unreadable.has(documentFile(doc.type, doc.slug, defaultLocale))) continue
      problems.push({ file: anyFile?.file ?? doc.slug, field: '', reason: `has no ${defaultLocale} file: add ${documentFile(doc.type, doc.slug, defaultLocale)}, which holds the shared fields` })
      continue
    }
    for (const locale of requiredLocales(doc.type)) {
      if (!doc.files[locale] && !unreadable.has(documentFile(doc.type, doc.slug, locale))) {
        problems.push({ file: documentFile(doc.type, doc.slug, locale), field: '', reason: `is missing: every ${typeName(doc.type)} is published in ${localeCodes.join(' and ')}` })
      }
    }
  }
  // Reference and rule checks need well-formed documents; skip them while any file is malformed.
  const complete = documents.filter((doc) => doc.files[defaultLocale] && Object.keys(doc.shared).length > 0)
  for (const doc of complete) checkReferences(doc, index, problems)
  if (problems.length === 0) for (const doc of complete) checkRules(doc, index, problems)
  if (options.quality !== false) for (const doc of complete) checkQuality(doc, media, problems, warnings, options.onQualityReport)
  return { documents, problems, warnings }
}
