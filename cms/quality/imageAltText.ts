import type { PayloadRequest } from 'payload'
import { imageWithAlt } from '../../curriculum/format/media'
import type { LocaleCode } from '../../curriculum/locales'

/** Payload's Markdown for an upload node it does not populate: `![media:12]()`. */
const uploadPlaceholder = /!\[([a-z0-9-]+):([^\]\s]+)\]\(\)/g

export interface UploadedImage {
  id: string
  filename: string
}

interface MediaDoc {
  id: number | string
  filename?: string | null
  alt?: Partial<Record<string, string | null>> | null
}

/**
 * Images in rich text are upload nodes pointing at Media, whose alt text is localized. This puts
 * each image's alt text in this locale (without falling back to another language) into the
 * Markdown, so the accessibility check sees exactly what a reader of this locale gets.
 */
export async function withImageAltText(markdown: string, locale: LocaleCode, req: PayloadRequest): Promise<{ markdown: string; images: UploadedImage[] }> {
  const ids = [...markdown.matchAll(uploadPlaceholder)].filter((match) => match[1] === 'media').map((match) => match[2] ?? '')
  if (ids.length === 0) return { markdown, images: [] }
  const { locale: saveLocale, fallbackLocale } = req
  let docs: MediaDoc[]
  try {
    const found = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, locale: 'all', depth: 0, pagination: false, req, overrideAccess: true })
    docs = found.docs as unknown as MediaDoc[]
  } finally {
    req.locale = saveLocale
    req.fallbackLocale = fallbackLocale
  }
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  const images: UploadedImage[] = []
  const replaced = markdown.replace(uploadPlaceholder, (whole, relationTo: string, id: string) => {
    if (relationTo !== 'media') return whole
    const doc = byId.get(id)
    const filename = doc?.filename ?? `media ${id}`
    images.push({ id, filename })
    return imageWithAlt(doc?.alt?.[locale] ?? '', filename)
  })
  return { markdown: replaced, images }
}
