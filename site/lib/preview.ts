/**
 * Whether this build is an editor's preview of a draft (SITE_PREVIEW, set by the CMS's preview
 * route), never the public site: preview pages say so on the page and ask not to be indexed.
 */
export function isPreviewBuild(): boolean {
  return process.env.SITE_PREVIEW === 'true'
}
