import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isLocaleCode, localeCodes } from '../locales'
import { contentTypeKeys, isContentTypeKey } from '../schemas'
import { slugSchema } from '../schemas/common'
import type { BundleFile } from './bundle'
import { isFrontMatterError, parseFrontMatter } from './frontMatter'
import { mediaFolder } from './media'
import type { BundleProblem } from './problems'

/** Largest file a bundle may hold; a real module is a few kilobytes. */
export const maxFileBytes = 256 * 1024

const fileNamePattern = /^(?<slug>[^.]+)\.(?<locale>[^.]+)\.md$/
const ignoredRootFiles = new Set(['README.md', '.gitkeep'])

/**
 * Reads every document file of a bundle from disk, checking names, sizes and encoding, and
 * parsing front matter. Never follows links, so no file outside the bundle is ever read.
 */
export function readBundleFiles(root: string): { files: BundleFile[]; problems: BundleProblem[] } {
  const files: BundleFile[] = []
  const problems: BundleProblem[] = []
  let rootStat
  try {
    rootStat = lstatSync(root)
  } catch {
    return { files, problems: [{ file: root, field: '', reason: 'the bundle folder does not exist' }] }
  }
  if (!rootStat.isDirectory()) return { files, problems: [{ file: root, field: '', reason: 'the bundle must be a folder' }] }

  for (const entry of readdirSync(root).sort()) {
    const entryPath = path.join(root, entry)
    const stat = lstatSync(entryPath)
    if (entry === mediaFolder && stat.isDirectory()) continue // read by readBundleMedia
    if (!stat.isDirectory()) {
      if (!ignoredRootFiles.has(entry)) problems.push({ file: entry, field: '', reason: `unexpected file: documents go in a type folder (${contentTypeKeys.join(', ')})` })
      continue
    }
    if (!isContentTypeKey(entry)) {
      problems.push({ file: entry, field: '', reason: `unknown content folder; expected one of ${contentTypeKeys.join(', ')}` })
      continue
    }
    for (const name of readdirSync(entryPath).sort()) {
      const relative = `${entry}/${name}`
      const filePath = path.join(entryPath, name)
      const fileStat = lstatSync(filePath)
      if (name === mediaFolder && fileStat.isDirectory()) continue // read by readBundleMedia
      if (!fileStat.isFile()) {
        problems.push({ file: relative, field: '', reason: fileStat.isSymbolicLink() ? 'links are not allowed in a bundle; copy the file instead' : 'folders are not allowed here' })
        continue
      }
      const match = fileNamePattern.exec(name)
      if (!match?.groups) {
        problems.push({ file: relative, field: '', reason: 'file names must look like <slug>.<locale>.md, e.g. "coping-with-cravings.en.md"' })
        continue
      }
      const { slug = '', locale = '' } = match.groups
      const slugCheck = slugSchema.safeParse(slug)
      if (!slugCheck.success) {
        problems.push({ file: relative, field: 'slug', reason: `"${slug}" ${slugCheck.error.issues[0]?.message ?? 'is not a valid slug'}` })
        continue
      }
      if (!isLocaleCode(locale)) {
        problems.push({ file: relative, field: '', reason: `unknown locale "${locale}"; configured locales are ${localeCodes.join(', ')}` })
        continue
      }
      if (fileStat.size > maxFileBytes) {
        problems.push({ file: relative, field: '', reason: `file is ${Math.round(fileStat.size / 1024)} KiB; the limit is ${maxFileBytes / 1024} KiB` })
        continue
      }
      let text: string
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(readFileSync(filePath))
      } catch {
        problems.push({ file: relative, field: '', reason: 'is not valid UTF-8 text; save it as UTF-8' })
        continue
      }
      const parsed = parseFrontMatter(text.replace(/\r\n/g, '\n'))
      if (isFrontMatterError(parsed)) {
        problems.push({ file: relative, line: parsed.line, field: '', reason: parsed.reason })
        continue
      }
      files.push({ file: relative, type: entry, slug, locale, ...parsed })
    }
  }
  return { files, problems }
}
