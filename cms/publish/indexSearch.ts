import path from 'node:path'

/**
 * Builds the Pagefind index of a built site into <dir>/pagefind. Pagefind writes one index per
 * <html lang>, so each language searches only its own pages.
 */
export async function indexSearch(dir: string): Promise<{ pages: number; languages: string[] }> {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: dir })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    const { readFileSync } = await import('node:fs')
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, unknown> }
    return { pages: added.page_count, languages: Object.keys(entry.languages ?? {}) }
  } finally {
    await pagefind.close()
  }
}
