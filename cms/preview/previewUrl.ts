import type { CollectionAdminOptions } from 'payload'

/**
 * The admin's "Preview" button: opens the draft as a page of the site, built by the CMS's
 * preview route for the signed-in editor, in the locale being edited.
 */
export function previewUrlFor(collection: string): NonNullable<CollectionAdminOptions['preview']> {
  return (doc, { locale }) => {
    const id = (doc as { id?: number | string }).id
    if (id === undefined) return null
    const base = process.env.CMS_URL ?? ''
    return `${base}/preview/draft/${collection}/${encodeURIComponent(String(id))}?locale=${encodeURIComponent(locale)}`
  }
}
