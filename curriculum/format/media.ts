import { createHash } from 'node:crypto'
import { Document } from 'yaml'
import { localeCodes, type LocaleCode } from '../locales'
import type { ContentTypeKey } from '../schemas'
import type { BundleDocument } from './bundle'

/**
 * Images and documents that bodies show. Each lives in a `media/` folder next to the documents
 * that use it (`holistic/media/box-breathing.svg`), or in the bundle's top-level `media/` when
 * nothing uses it yet, with its alt text in every locale beside it (`box-breathing.svg.yaml`).
 * A body shows it with Payload's own upload notation, naming the file: `![media:box-breathing.svg]()`.
 */
export interface BundleMedia {
  /** The file name, unique in the bundle: the media's identity. */
  name: string
  /** Path relative to the bundle root, e.g. "holistic/media/box-breathing.svg". */
  file: string
  /** Content-type folder it sits in, or undefined for the top-level media folder. */
  folder?: ContentTypeKey
  alt: Record<LocaleCode, string>
  bytes: Buffer
}

export const mediaFolder = 'media'

/** Largest media file a bundle may hold. */
export const maxMediaBytes = 2 * 1024 * 1024

export const mediaTypes: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
}

export const mediaNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:svg|png|jpe?g|webp|pdf)$/

/** `![media:<name or id>]()`, Payload's Markdown for an upload in rich text. */
const mediaReference = /!\[media:([^\]]+)\]\(\)/g

/** Every media file a Markdown body shows, with the body line (1-based) it is on. */
export function mediaReferencesIn(markdown: string): { name: string; line: number }[] {
  return markdown.split('\n').flatMap((text, index) => [...text.matchAll(mediaReference)].map((match) => ({ name: match[1] ?? '', line: index + 1 })))
}

/** Rewrites each media reference of a body, e.g. from file name to database id and back. */
export function rewriteMediaReferences(markdown: string, rewrite: (reference: string) => string): string {
  return markdown.replace(mediaReference, (_match, reference: string) => `![media:${rewrite(reference)}]()`)
}

/**
 * An uploaded image as the quality checks read it: Markdown with its alt text in one locale and
 * its file name. The bundle validator and the CMS both write it so, so both check the same text.
 */
export function imageWithAlt(alt: string, filename: string): string {
  return `![${alt.replace(/[[\]\\]/g, ' ').trim()}](${encodeURI(filename)})`
}

/** A bundle body with each image shown as its alt text in `locale` (see `imageWithAlt`). */
export function withMediaAltText(markdown: string, media: readonly Pick<BundleMedia, 'name' | 'alt'>[], locale: LocaleCode): string {
  const byName = new Map(media.map((item) => [item.name, item]))
  return markdown.replace(mediaReference, (_match, name: string) => imageWithAlt(byName.get(name)?.alt[locale] ?? '', name))
}

export function sidecarFile(mediaFile: string): string {
  return `${mediaFile}.yaml`
}

/** The text of a media file's sidecar: its alt text, one line per locale, in locale order. */
export function serializeMediaSidecar(media: Pick<BundleMedia, 'alt'>): string {
  const alt = Object.fromEntries(localeCodes.map((locale) => [locale, media.alt[locale]]))
  return new Document({ alt }).toString({ lineWidth: 0, minContentWidth: 0 })
}

export function mediaDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Where export puts a media file: beside the first document (in bundle order) that shows it,
 * or in the top-level media folder when none does.
 */
export function mediaFolderFor(name: string, documents: readonly BundleDocument[]): ContentTypeKey | undefined {
  for (const doc of documents) {
    for (const body of Object.values(doc.body)) if (body && mediaReferencesIn(body).some((ref) => ref.name === name)) return doc.type
  }
  return undefined
}

export function mediaPath(name: string, folder: ContentTypeKey | undefined): string {
  return folder ? `${folder}/${mediaFolder}/${name}` : `${mediaFolder}/${name}`
}
