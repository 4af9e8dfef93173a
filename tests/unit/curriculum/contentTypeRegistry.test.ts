import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localeCodes } from '../../../curriculum/locales'
import { contentTypeKeys, contentTypes, handoutTypes, siteContentTypes } from '../../../curriculum/schemas'

const root = path.resolve(import.meta.dirname, '../../..')

describe('the content-type registry', () => {
  it('gives every type its own collection, site section and handout kind', () => {
    const distinct = (values: (string | null)[]) => values.filter((value) => value !== null)
    for (const field of ['collection', 'siteSection', 'handoutKind'] as const) {
      const values = distinct(contentTypeKeys.map((key) => contentTypes[key][field]))
      expect(values, field).toEqual([...new Set(values)])
    }
  })

  it('names every type in every locale, singular and plural', () => {
    for (const key of contentTypeKeys) {
      for (const locale of localeCodes) {
        const { singular, plural } = contentTypes[key].labels[locale]
        expect(singular.trim(), `${key} ${locale}`).not.toBe('')
        expect(plural.trim(), `${key} ${locale}`).not.toBe('')
      }
    }
  })

  it('has a page template for the documents of every site section', () => {
    const missing = siteContentTypes.filter((key) => !existsSync(path.join(root, 'site/pages/[locale]', contentTypes[key].siteSection, '[slug].astro')))
    expect(missing).toEqual([])
  })

  it('hands out only what patients or families may read', () => {
    for (const key of handoutTypes) expect(['patients', 'families'], key).toContain(contentTypes[key].readership)
  })

  it('names a title field that every locale of the type writes', () => {
    for (const key of contentTypeKeys) expect(Object.keys(contentTypes[key].localized.shape), key).toContain(contentTypes[key].titleField)
  })
})
