import type { Media } from '../payload-types'
import { richTextToHtml } from '../richText/html'

/** Site address of a media file; the site copies the file there when it is built. */
export const siteMediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Rich text as the site's HTML. Images point at the site's own copy of the file (never the CMS),
 * with the alt text of the page's locale; each file shown is added to `used`.
 */
export function richTextHtml(state: unknown, used: Set<string>): string {
  return richTextToHtml(state, {
    upload: ({ node }) => {
      const media = (node as { value?: unknown }).value as Media | number | string | undefined
      if (!media || typeof media !== 'object' || !media.filename) return ''
      used.add(media.filename)
      const src = siteMediaPath(media.filename)
      if (!media.mimeType?.startsWith('image/')) return `<a href="${src}">${escape(media.filename)}</a>`
      const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
      return `<img src="${src}" alt="${escape(media.alt ?? '')}"${size} loading="lazy" decoding="async">`
    },
  })
}
