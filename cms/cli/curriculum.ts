/**
 * npm run curriculum -- <validate|import|export|format> [dir] [options]
 *
 *   validate [dir]             check a bundle without touching the database
 *   import   [dir] [--draft]   import all-or-nothing; published unless --draft
 *   export   [dir] [--drafts]  write the database's published content (or latest drafts)
 *   format   [dir]             rewrite a bundle in the canonical form export produces
 *   backup   <dir>             write published/ and latest/ (drafts included) bundles of the curricula, media and site settings
 *   restore  <dir>             import a backup: published/ published, then latest/ as drafts
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BundleError, formatProblem } from '../../curriculum/format/problems'
import { readBundle } from '../../curriculum/format/readBundle'
import { writeBundle } from '../../curriculum/format/writeBundle'
import { projectRoot } from '../database/paths'
import { progressBar } from './progressBar'

const defaultDir = path.join(projectRoot, 'curriculum/content')

// A command-line tool runs its libraries in production mode (Lexical's checks for development
// cost a tenth of Markdown conversion), unless told otherwise.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'

async function loadPayload() {
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  return getPayload({ config })
}

function reportProblems(error: unknown): never {
  if (error instanceof BundleError) {
    for (const problem of error.problems) console.error(formatProblem(problem))
    console.error(`\n${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was changed.`)
    process.exit(1)
  }
  throw error
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { draft: { type: 'boolean', default: false }, drafts: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  })
  const [command, dirArg] = positionals
  const dir = path.resolve(dirArg ?? defaultDir)
  if (values.help || !command || !['validate', 'import', 'export', 'format', 'backup', 'restore'].includes(command) || (['backup', 'restore'].includes(command) && !dirArg)) {
    console.log('Usage: npm run curriculum -- <validate|import|export|format> [dir] [--draft] [--drafts]\n       npm run curriculum -- <backup|restore> <dir>')
    process.exit(command || values.help ? 0 : 2)
  }

  if (command === 'validate') {
    const { documents, problems, warnings } = readBundle(dir)
    // Warnings first, so the problems that fail the bundle end the output.
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`)
    if (problems.length > 0) reportProblems(new BundleError(problems))
    const advice = warnings.length === 0 ? '' : `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (advice; they do not fail the bundle)`
    console.log(`${documents.length} documents in ${path.relative(process.cwd(), dir) || '.'}: valid${advice}.`)
    return
  }

  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const payload = await loadPayload()
  if (command === 'format') {
    const { createMarkdownConverter } = await import('../richText/markdown')
    const { documents, media, problems } = readBundle(dir)
    if (problems.length > 0) reportProblems(new BundleError(problems))
    const md = await createMarkdownConverter(payload.config)
    const normalized = documents.map((doc) => ({ ...doc, body: Object.fromEntries(Object.entries(doc.body).map(([l, text]) => [l, md.normalize(text ?? '')])) }))
    const files = writeBundle(dir, normalized, { media })
    console.log(`Rewrote ${files} files in canonical form.`)
  } else if (command === 'import') {
    const { importBundle } = await import('../bundle/importBundle')
    const bar = progressBar('Importing')
    const started = performance.now()
    try {
      const summary = await importBundle(payload, dir, { publish: !values.draft, onProgress: bar.update })
      bar.stop()
      const seconds = (performance.now() - started) / 1000
      console.log(`Imported in ${seconds.toFixed(1)} s: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed; media files: ${summary.media.created} created, ${summary.media.updated} updated, ${summary.media.unchanged} unchanged.`)
    } catch (error) {
      bar.stop()
      reportProblems(error)
    }
  } else if (command === 'backup') {
    const { backupCurriculum } = await import('../bundle/backup')
    const bar = progressBar('Backing up')
    const result = await backupCurriculum(payload, dir, bar.update)
    bar.stop()
    console.log(`Backed up ${result.published} published and ${result.latest} latest documents, ${result.media} media files and the site settings to ${dir}.`)
  } else if (command === 'restore') {
    const { restoreCurriculum } = await import('../bundle/backup')
    const bar = progressBar('Restoring')
    try {
      const { published, latest, settingsLocales } = await restoreCurriculum(payload, dir, bar.update)
      bar.stop()
      console.log(`Restored: ${published.created + published.updated} published documents written, ${latest.created + latest.updated} drafts written, ${latest.unchanged} unchanged; ${published.media.created + published.media.updated} media files; site settings in ${settingsLocales} languages.`)
    } catch (error) {
      bar.stop()
      reportProblems(error)
    }
  } else {
    const { exportBundle } = await import('../bundle/exportBundle')
    const bar = progressBar('Exporting')
    const result = await exportBundle(payload, dir, { drafts: values.drafts, onProgress: bar.update })
    bar.stop()
    console.log(`Exported ${result.documents} documents and ${result.media} media files (${result.files} files) to ${dir}.`)
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
