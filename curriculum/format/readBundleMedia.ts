import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { localeCodes, type LocaleCode } from '../locales'
import { contentTypeKeys, type ContentTypeKey } from '../schemas'
import { maxMediaBytes, mediaFolder, mediaNamePattern, sidecarFile, type BundleMedia } from './media'
import type { BundleProblem } from './problems'

const maxAltLength = 300

/** Things an SVG must not hold: it is served from the site's own origin. */
const unsafeSvg = /<script\b|<foreignObject\b|\bon[a-z]+\s*=|javascript:|<iframe\b|<embed\b|<object\b/i

function readAlt(sidecar: string, relative: string, problems: BundleProblem[]): Record<LocaleCode, string> | undefined {
  const where = sidecarFile(relative)
  if (!existsSync(sidecar)) {
    problems.push({ file: where, field: 'alt', reason: `is missing: every media file needs its alt text in every language (${localeCodes.join(', ')}) in a file beside it` })
    return undefined
  }
  const doc = parseDocument(readFileSync(sidecar, 'utf8'), { uniqueKeys: true })
  if (doc.errors[0]) {
    problems.push({ file: where, field: '', reason: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` })
    return undefined
  }
  const data = doc.toJS() as { alt?: unknown } | null
  const alt = data?.alt
  if (!alt || typeof alt !== 'object' || Array.isArray(alt)) {
    problems.push({ file: where, field: 'alt', reason: `must list the alt text per language, e.g. "alt:\\n  en: …\\n  es: …"` })
    return undefined
  }
  const result: Partial<Record<LocaleCode, string>> = {}
  let complete = true
  for (const locale of localeCodes) {
    const text = (alt as Record<string, unknown>)[locale]
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push({ file: where, field: `alt.${locale}`, reason: 'is required: describe the image for someone who cannot see it' })
      complete = false
    } else if (text.length > maxAltLength) {
      problems.push({ file: where, field: `alt.${locale}`, reason: `is ${text.length} characters; keep alt text under ${maxAltLength} and put longer descriptions in the body` })
      complete = false
    } else result[locale] = text
  }
  for (const key of Object.keys(alt)) if (!(localeCodes as string[]).includes(key)) problems.push({ file: where, field: `alt.${key}`, reason: `unknown locale; configured locales are ${localeCodes.join(', ')}` })
  return complete ? (result as Record<LocaleCode, string>) : undefined
}

function readFolder(root: string, folder: ContentTypeKey | undefined, media: BundleMedia[], problems: BundleProblem[]): void {
  const relativeDir = folder ? `${folder}/${mediaFolder}` : mediaFolder
  const dir = path.join(root, relativeDir)
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return
  const names = readdirSync(dir).sort()
  for (const name of names) {
    const relative = `${relativeDir}/${name}`
    const full = path.join(dir, name)
    const stat = lstatSync(full)
    if (name.endsWith('.yaml')) {
      if (!names.includes(name.slice(0, -'.yaml'.length))) problems.push({ file: relative, field: '', reason: `describes "${name.slice(0, -'.yaml'.length)}", which is not in this folder` })
      continue
    }
    if (!stat.isFile()) {
      problems.push({ file: relative, field: '', reason: stat.isSymbolicLink() ? 'links are not allowed in a bundle; copy the file instead' : 'folders are not allowed in a media folder' })
      continue
    }
    if (!mediaNamePattern.test(name)) {
      problems.push({ file: relative, field: '', reason: 'media file names are lowercase words joined by hyphens with an .svg, .png, .jpg, .webp or .pdf extension, e.g. "box-breathing.svg"' })
      continue
    }
    if (stat.size > maxMediaBytes) {
      problems.push({ file: relative, field: '', reason: `file is ${Math.round(stat.size / 1024)} KiB; the limit is ${maxMediaBytes / 1024} KiB` })
      continue
    }
    const bytes = readFileSync(full)
    if (name.endsWith('.svg') && unsafeSvg.test(bytes.toString('utf8'))) {
      problems.push({ file: relative, field: '', reason: 'an SVG may not hold scripts, event handlers, javascript: links or embedded documents' })
      continue
    }
    const alt = readAlt(sidecarFile(full), relative, problems)
    if (!alt) continue
    const duplicate = media.find((other) => other.name === name)
    if (duplicate) {
      problems.push({ file: relative, field: '', reason: `has the same name as ${duplicate.file}; media names are unique in a bundle` })
      continue
    }
    media.push({ name, file: relative, ...(folder ? { folder } : {}), alt, bytes })
  }
}

/** Reads every media file of a bundle with its alt text, checking names, sizes, content and locales. */
export function readBundleMedia(root: string): { media: BundleMedia[]; problems: BundleProblem[] } {
  const media: BundleMedia[] = []
  const problems: BundleProblem[] = []
  if (!existsSync(root)) return { media, problems }
  for (const folder of contentTypeKeys) readFolder(root, folder, media, problems)
  readFolder(root, undefined, media, problems)
  return { media, problems }
}
