import { baseIDField, getDefaultValue, saveVersion, type CollectionSlug, type FlattenedField, type Payload, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { hasDraftsEnabled, hasLocalizeStatusEnabled } from 'payload/shared'
import type { LocaleCode } from '../../curriculum/locales'
import { enforceProgramRules } from '../collections/Programs/hooks/enforceProgramRules'
import { enforceScriptTiming } from '../collections/SessionScripts/hooks/enforceScriptTiming'
import { rebuildSiteAfterChange } from '../publish/rebuildOnPublish'
import { enforceQualityGates } from '../quality/enforceQualityGates'
import { trackTranslations } from '../translation/trackTranslations'
import { forgetPublicReadsAfterChange } from '../rest/publicReadCache'
import { rejectMalformedQuery } from '../collections/shared/rejectMalformedQuery'
import { guardTranslatorLocale } from '../workflow/guardTranslatorLocale'
import { withDerivedFields } from './derivedFields'
import type { DocumentWriter, Row } from './documentWrite'
import type { DocumentId } from '../codec/referenceIndex'

/*
 * The fast path of the curriculum import: each document is written once, all locales at a time,
 * straight through the database adapter (`payload.db`), and gets its one version as Payload's
 * own `saveVersion` writes it, inside the import's transaction. A Local API save takes one locale
 * at a time (a `locale: 'all'` write is refused for localized lists), runs every hook, and reads
 * the document back, which made the import about ten times slower.
 *
 * What the Local API would do around the write is done here, and nothing else:
 * - default values of fields the data leaves out, on create (Payload's beforeValidate);
 * - a fresh id for every array row (Payload's baseIDField);
 * - `_status`, and `workflowState: 'published'` when publishing: what the editorial workflow hook
 *   does for a save without a user, as the importer's is;
 * - `createdAt`/`updatedAt`, and the version's `parent`, `latest`, `autosave`, timestamps and the
 *   limit on versions kept (Payload's create/update operations and saveVersion);
 * - which rows change: a published save updates the document and adds a version; a draft save
 *   of an existing document adds only a version; a new draft is created with its default-locale
 *   content and its full content goes into its version, exactly as a create followed by a draft
 *   save of each translation leaves it;
 * - the afterChange hooks (forgetting cached public reads, the site rebuild), once per document written;
 * - what trackTranslations and enforceQualityGates write for a save without a user: each
 *   locale's quality report and the translation record after each locale's save, computed by the
 *   same functions (derivedFields.ts). Without a user neither hook stops a save.
 *
 * The other collection hooks are skipped, and that is safe only because of what the importer
 * does first: the program rules (enforceProgramRules, enforceScriptTiming) and what field
 * validation would catch (required fields, row limits, references) are checked for the whole
 * bundle by the zod schemas and program rules of curriculum/format/validateBundle.ts before
 * anything is written. guardTranslatorLocale only concerns signed-in translators, and
 * rejectMalformedQuery only queries. A collection
 * with any other hook is written through the Local API (`canWriteViaDatabase`), and the
 * comparison tests in tests/integration/curriculumImport.test.ts fail when a document written
 * here stops reading back like one saved through the Local API.
 */

const newRowId = baseIDField.defaultValue as () => string

/** Field types whose storage this writer reproduces, as the comparison test checks. */
const supportedFieldTypes = new Set<FlattenedField['type']>(['text', 'textarea', 'number', 'checkbox', 'select', 'date', 'richText', 'relationship', 'array', 'group', 'json'])

function hasWriteHooks(field: FlattenedField): boolean {
  const hooks = 'hooks' in field ? field.hooks : undefined
  return Boolean(hooks?.beforeValidate?.length || hooks?.beforeChange?.length || hooks?.afterChange?.length)
}

function fieldsSupported(fields: readonly FlattenedField[]): boolean {
  return fields.every((field) => {
    if (!supportedFieldTypes.has(field.type)) return false
    // An array row's id is Payload's own baseIDField, whose hook newRowId stands in for.
    if (field.name !== 'id' && hasWriteHooks(field)) return false
    return field.type === 'array' || field.type === 'group' ? fieldsSupported(field.flattenedFields) : true
  })
}

type Hook = (...args: never[]) => unknown

const ruleChecks = new Set<Hook>([enforceProgramRules, enforceScriptTiming])
// Checks of who may do what and of query shape: nothing the importer (no user, no query) trips.
const operationChecks = new Set<Hook>([guardTranslatorLocale, rejectMalformedQuery])
// What follows a save: forgetting cached public reads, and a site rebuild. Both are called for each document.
const afterChangeHooks = new Set<Hook>([forgetPublicReadsAfterChange, rebuildSiteAfterChange])

/** Whether a collection's hooks are those this file stands in for (see the notes at the top). */
function hooksStoodInFor(hooks: SanitizedCollectionConfig['hooks']): boolean {
  const beforeChange: Hook[] = hooks.beforeChange ?? []
  return (
    (hooks.beforeOperation ?? []).every((hook) => operationChecks.has(hook)) &&
    !hooks.beforeValidate?.length &&
    // As editorialCollection adds them: translation tracking, the rule checks, the editorial
    // workflow, and last the quality gates.
    beforeChange.length >= 3 &&
    beforeChange[0] === trackTranslations &&
    beforeChange.at(-1) === enforceQualityGates &&
    beforeChange.slice(1, -2).every((hook) => ruleChecks.has(hook)) &&
    (hooks.afterChange ?? []).every((hook) => afterChangeHooks.has(hook)) &&
    !hooks.afterOperation?.length
  )
}

const support = new WeakMap<SanitizedCollectionConfig, boolean>()

/**
 * Whether documents of a collection can be written through the database adapter: on the
 * embedded SQLite database (the adapter this is verified against; MongoDB keeps the Local API),
 * for a versioned collection with drafts and one status for all locales, numeric ids, no uploads
 * or auth, only the hooks this file stands in for and only field types whose storage is
 * reproduced here.
 */
export function canWriteViaDatabase(payload: Payload, collection: CollectionSlug): boolean {
  if (payload.db.name !== 'sqlite') return false
  const { config, customIDType } = payload.collections[collection]
  let supported = support.get(config)
  if (supported === undefined) {
    supported =
      hasDraftsEnabled(config) &&
      !hasLocalizeStatusEnabled(config) &&
      !config.upload &&
      !config.auth &&
      !customIDType && // numeric ids, given out by databaseWriter
      hooksStoodInFor(config.hooks) &&
      fieldsSupported(config.flattenedFields)
    support.set(config, supported)
  }
  return supported
}

const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `base` with the given values laid over it as Payload's beforeChange merges a save into the
 * stored document: a localized field keeps its other locales, any other field is replaced.
 */
function overlay(base: Row, fieldsByName: ReadonlyMap<string, FlattenedField>, entries: [LocaleCode, Row][]): Row {
  const data: Row = { ...base }
  for (const [locale, values] of entries) {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue
      data[name] = fieldsByName.get(name)?.localized ? { ...(isRecord(data[name]) ? data[name] : {}), [locale]: value } : value
    }
  }
  return data
}

/** Default values of the fields a new document leaves out, in every locale written. */
async function applyDefaults(fields: readonly FlattenedField[], data: Row, locales: readonly LocaleCode[], req: PayloadRequest): Promise<void> {
  for (const field of fields) {
    if (field.type === 'array' || field.type === 'group') {
      // A group is always an object once saved, even when no value of it was given.
      if (field.type === 'group' && !field.localized && data[field.name] === undefined) data[field.name] = {}
      const values = field.localized ? Object.values(isRecord(data[field.name]) ? (data[field.name] as Row) : {}) : [data[field.name]]
      for (const value of values) {
        if (Array.isArray(value)) for (const row of value) if (isRecord(row)) await applyDefaults(field.flattenedFields, row, locales, req)
        if (field.type === 'group' && isRecord(value)) await applyDefaults(field.flattenedFields, value, locales, req)
      }
      continue
    }
    const defaultValue = 'defaultValue' in field ? field.defaultValue : undefined
    if (field.name === 'id' || defaultValue === undefined) continue
    const defaultFor = (locale: LocaleCode) => getDefaultValue({ defaultValue, locale, req, user: req.user, value: undefined })
    if (field.localized) {
      const value: Row = isRecord(data[field.name]) ? { ...(data[field.name] as Row) } : {}
      for (const locale of locales) if (value[locale] === undefined) value[locale] = await defaultFor(locale)
      data[field.name] = value
    } else if (data[field.name] === undefined) {
      data[field.name] = await defaultFor(locales[0] as LocaleCode)
    }
  }
}

/** Gives every array row without an id a new one, as Payload's baseIDField does on save. */
function withRowIds(fields: readonly FlattenedField[], data: Row): Row {
  for (const field of fields) {
    if (field.type !== 'array' && field.type !== 'group') continue
    const value = data[field.name]
    const values = field.localized ? (isRecord(value) ? Object.values(value) : []) : [value]
    for (const each of values) {
      if (field.type === 'array' && Array.isArray(each)) {
        for (const row of each as Row[]) {
          if (!isRecord(row)) continue
          if (row.id === undefined || row.id === null || row.id === '') row.id = newRowId()
          withRowIds(field.flattenedFields, row)
        }
      } else if (field.type === 'group' && isRecord(each)) {
        withRowIds(field.flattenedFields, each)
      }
    }
  }
  return data
}

const fieldMaps = new WeakMap<SanitizedCollectionConfig, Map<string, FlattenedField>>()

function fieldsByName(config: SanitizedCollectionConfig): Map<string, FlattenedField> {
  let map = fieldMaps.get(config)
  if (!map) {
    map = new Map(config.flattenedFields.map((field) => [field.name, field]))
    fieldMaps.set(config, map)
  }
  return map
}

/**
 * What `saveVersion` writes for a document that has no version yet, without its search for old
 * versions to prune (there are none): one version, `latest`, not autosave, timestamped now.
 */
async function saveFirstVersion(payload: Payload, config: SanitizedCollectionConfig, id: DocumentId, doc: Row, draft: boolean, req: PayloadRequest): Promise<void> {
  const now = new Date().toISOString()
  const versionData = draft ? { ...doc, updatedAt: now } : doc
  await payload.db.createVersion({ autosave: false, collectionSlug: config.slug, createdAt: now, parent: id, req, returning: false, updatedAt: now, versionData: versionData as never })
}

/**
 * Writes documents through the database adapter, inside the transaction of `req`; see the notes
 * at the top of this file.
 */
export function databaseWriter(payload: Payload, req: PayloadRequest): DocumentWriter {
  // New documents get the id SQLite would give them (one more than the highest, as the import's
  // transaction holds the write lock from its start), so nothing has to be read back.
  const nextIds = new Map<CollectionSlug, number>()
  const newId = async (collection: CollectionSlug): Promise<number> => {
    let next = nextIds.get(collection)
    if (next === undefined) {
      const { docs } = await payload.db.find({ collection, sort: '-id', limit: 1, pagination: false, select: { id: true }, req })
      next = Number(docs[0]?.id ?? 0) + 1
    }
    nextIds.set(collection, next + 1)
    return next
  }

  /** The afterChange hooks (see hooksStoodInFor), once per document, with every locale. */
  const afterChange = async (config: SanitizedCollectionConfig, operation: 'create' | 'update', doc: Row, previousDoc: Row | undefined) => {
    for (const hook of config.hooks.afterChange ?? []) {
      await hook({ collection: config, context: req.context, data: doc, doc, operation, previousDoc: previousDoc ?? {}, req })
    }
  }

  return async (write) => {
    const config = payload.collections[write.collection].config
    const fields = fieldsByName(config)
    const publish = write.status === 'published'
    const status: Row = publish ? { _status: 'published', workflowState: 'published' } : { _status: 'draft' }
    const [first, ...rest] = write.localized
    if (!first) throw new Error('The document has no locale to write')
    const withShared = await withDerivedFields(req, config, [[first[0], { ...write.shared, ...first[1] }], ...rest], write.existing, write.quality)
    const translations = withShared.slice(1)
    const now = new Date().toISOString()

    // Versions are made from the data written, which is what reading the document back would give.
    if (!write.existing) {
      // A new draft's document row holds what its first save (the default locale) wrote.
      const written = publish ? withShared : withShared.slice(0, 1)
      const data = { ...overlay({}, fields, written), ...status, createdAt: now, updatedAt: now }
      await applyDefaults(config.flattenedFields, data, written.map(([locale]) => locale), req)
      withRowIds(config.flattenedFields, data)
      const id = await newId(write.collection)
      await payload.db.create({ collection: write.collection, customID: id, data, req, returning: false })
      const doc = { ...data, id }
      const version = publish ? doc : { ...withRowIds(config.flattenedFields, overlay(doc, fields, translations)), ...status }
      await saveFirstVersion(payload, config, id, version, !publish, req)
      await afterChange(config, 'create', version, undefined)
      return id
    }

    const { id, ...stored } = write.existing
    const data = { ...withRowIds(config.flattenedFields, overlay(stored, fields, withShared)), ...status }
    const doc = { ...data, id, updatedAt: now }
    if (publish) {
      await payload.db.updateOne({ id, collection: write.collection, data: doc, req, returning: false })
      await saveVersion({ id, collection: config, docWithLocales: doc, operation: 'update', payload, req, returning: false })
    } else {
      // A draft save leaves the document row alone and adds a version.
      await saveVersion({ id, collection: config, docWithLocales: doc, draft: true, operation: 'update', payload, req, returning: false })
    }
    await afterChange(config, 'update', doc, write.existing)
    return id
  }
}
