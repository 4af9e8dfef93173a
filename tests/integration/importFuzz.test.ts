import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/bundle/importBundle'
import { BundleError, formatProblem } from '../../curriculum/format/problems'
import { copyShippedBundle, shippedBundle } from '../support/bundleCopy'
import { databaseFingerprint } from '../support/databaseFingerprint'
import { startPayload, type TestPayload } from '../support/payloadHarness'

/**
 * Property: whatever is done to a valid bundle, importing it ends in a clean import or in a
 * BundleError whose every problem reads "file[:line] [field]: reason", and after a failure the
 * database is exactly as it was (every row of every table). npm test runs a few cases;
 * npm run test:stress runs many (IMPORT_FUZZ_RUNS). A failure prints the seed to replay it
 * (IMPORT_FUZZ_SEED=<seed>).
 */

const runs = Number(process.env.IMPORT_FUZZ_RUNS ?? 12)
const seed = process.env.IMPORT_FUZZ_SEED ? Number(process.env.IMPORT_FUZZ_SEED) : undefined

const documentFiles: string[] = readdirSync(shippedBundle, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(path.join(shippedBundle, folder.name)).map((name) => `${folder.name}/${name}`))
  .sort()

/** Text that tends to break parsers and validators. */
const nasty = fc.oneof(
  fc.constantFrom('', ':', ': ', '- ', '---', '\t', '"', "'", '{', '[', ']', '}', '&a', '*a', '!!binary', '? ', '|', '>', '#', '%YAML 1.2', '\\', '\u0000', '\u202e', '🙂', 'null', '~', '-1', '1e309', 'NaN', 'true', '2026-13-45', '<script>alert(1)</script>', 'javascript:alert(1)', 'x'.repeat(400), '\n', '\n---\n'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
)

type Mutation =
  | { kind: 'delete-line' | 'duplicate-line'; file: number; line: number }
  | { kind: 'swap-lines'; file: number; line: number; other: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'insert'; file: number; at: number; text: string }
  | { kind: 'replace-value'; file: number; line: number; value: string }
  | { kind: 'invalid-utf8'; file: number; at: number; bytes: Uint8Array }
  | { kind: 'remove-file' | 'copy-to-new-slug'; file: number }
  | { kind: 'rename'; file: number; name: string }

const file = fc.nat({ max: documentFiles.length - 1 })
const position = fc.double({ min: 0, max: 1, noNaN: true })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), file, line: fc.nat(80) }),
  fc.record({ kind: fc.constant('swap-lines' as const), file, line: fc.nat(80), other: fc.nat(80) }),
  fc.record({ kind: fc.constant('truncate' as const), file, at: position }),
  fc.record({ kind: fc.constant('insert' as const), file, at: position, text: nasty }),
  fc.record({ kind: fc.constant('replace-value' as const), file, line: fc.nat(40), value: nasty }),
  fc.record({ kind: fc.constant('invalid-utf8' as const), file, at: position, bytes: fc.constantFrom(Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0xed, 0xa0, 0x80)) }),
  fc.record({ kind: fc.constantFrom('remove-file' as const, 'copy-to-new-slug' as const), file }),
  fc.record({ kind: fc.constant('rename' as const), file, name: fc.oneof(fc.constantFrom('Not A Slug.en.md', 'x.fr.md', 'x.en.txt', 'x.md', '.en.md', 'a..en.md', 'what-is-iop.es.md'), fc.stringMatching(/^[a-z0-9-]{1,12}\.(en|es)\.md$/)) }),
)

function apply(dir: string, change: Mutation): void {
  const relative = documentFiles[change.file]!
  const target = path.join(dir, relative)
  let bytes: Buffer
  try {
    bytes = readFileSync(target)
  } catch {
    return // an earlier mutation removed or renamed it
  }
  const text = bytes.toString('utf8')
  const lines = text.split('\n')
  const at = (fraction: number) => Math.floor(fraction * text.length)
  switch (change.kind) {
    case 'delete-line':
      lines.splice(change.line % lines.length, 1)
      return writeFileSync(target, lines.join('\n'))
    case 'duplicate-line': {
      const i = change.line % lines.length
      lines.splice(i, 0, lines[i]!)
      return writeFileSync(target, lines.join('\n'))
    }
    case 'swap-lines': {
      const [i, j] = [change.line % lines.length, change.other % lines.length]
      ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
      return writeFileSync(target, lines.join('\n'))
    }
    case 'truncate':
      return writeFileSync(target, text.slice(0, at(change.at)))
    case 'insert':
      return writeFileSync(target, text.slice(0, at(change.at)) + change.text + text.slice(at(change.at)))
    case 'replace-value': {
      // A front-matter line "key: value" (or "  - item"), its value replaced.
      const close = lines.indexOf('---', 1)
      const candidates = lines.map((line, i) => ({ line, i })).filter(({ line, i }) => i > 0 && i < close && /^\s*(?:- |[\w.]+:)/.test(line))
      const pick = candidates[change.line % Math.max(1, candidates.length)]
      if (!pick) return
      lines[pick.i] = pick.line.replace(/^(\s*(?:- )?(?:[\w.]+:)?\s*).*$/, `$1${change.value}`)
      return writeFileSync(target, lines.join('\n'))
    }
    case 'invalid-utf8': {
      const cut = Math.floor(change.at * bytes.length)
      return writeFileSync(target, Buffer.concat([bytes.subarray(0, cut), change.bytes, bytes.subarray(cut)]))
    }
    case 'remove-file':
      return rmSync(target)
    case 'copy-to-new-slug':
      return writeFileSync(path.join(path.dirname(target), path.basename(target).replace(/^[^.]+/, (slug) => `${slug}-copy`)), bytes)
    case 'rename':
      return renameSync(target, path.join(path.dirname(target), change.name))
  }
}

/** "type/slug.locale.md:12 field.path: reason" (an odd field name quoted), "type/slug.locale.md: reason", or a folder or file name for whole-entry problems. */
const readableProblem = /^[^\s:]+(?::\d+)?(?: (?:"(?:[^"\\]|\\.)*"|[^\s:"][^:]*))?: \S/

let harness: TestPayload
let payload: Payload
const outcomes = { imported: 0, rejected: 0 }

beforeAll(async () => {
  harness = await startPayload('import-fuzz')
  payload = harness.payload
  await importBundle(payload, shippedBundle, { publish: true })
}, 180_000)

afterAll(async () => {
  await harness?.stop()
})

describe('importer fuzz', () => {
  it(`ends every corrupted bundle in a clean import or a readable error, and a failure changes nothing (${runs} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const dir = copyShippedBundle()
        try {
          for (const change of changes) apply(dir, change)
          const before = await databaseFingerprint(payload)
          const outcome = await importBundle(payload, dir, { publish: true }).then(
            (summary) => ({ summary }),
            (error: unknown) => ({ error }),
          )
          if ('summary' in outcome) {
            outcomes.imported++
            expect(outcome.summary.failed).toBe(0)
            // A clean import is a complete one: importing the same bundle again changes nothing.
            const again = await importBundle(payload, dir, { publish: true })
            expect(again.created + again.updated).toBe(0)
            return
          }
          outcomes.rejected++
          expect(outcome.error, String(outcome.error)).toBeInstanceOf(BundleError)
          const problems = (outcome.error as BundleError).problems.map(formatProblem)
          expect(problems.length).toBeGreaterThan(0)
          for (const problem of problems) expect(problem).toMatch(readableProblem)
          // Validation, not the database, must catch a broken bundle.
          expect(problems.filter((p) => p.includes('could not be saved'))).toEqual([])
          expect(await databaseFingerprint(payload)).toBe(before)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
    )
    // Both outcomes must occur, or the corruptions are too tame (or too wild) to test anything.
    if (runs >= 100) {
      expect(outcomes.rejected).toBeGreaterThan(0)
      expect(outcomes.imported).toBeGreaterThan(0)
    }
  }, 1_800_000)
})
