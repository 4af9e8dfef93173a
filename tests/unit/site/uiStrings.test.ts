import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { hardCodedText, loadAstroParser, readCatalogs, sourceFiles, usedKeys } from './uiStrings'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const catalogs = readCatalogs(path.join(root, 'i18n'))
const locales = [...catalogs.keys()]
const allKeys = new Set([...catalogs.values()].flatMap((keys) => [...keys]))
const namespaces = [...new Set([...allKeys].map((key) => key.split(':')[0]!))]
const siteFiles = sourceFiles(path.join(root, 'site'), ['.astro', '.ts', '.mdx'])
const used = usedKeys(siteFiles, namespaces)
const relative = (file: string) => path.relative(root, file)

describe('UI strings (i18n/<locale>/<namespace>.json)', () => {
  it('ships English and Spanish', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']))
  })

  it.each(locales)('has every key in %s', (locale) => {
    const keys = catalogs.get(locale)!
    expect([...allKeys].filter((key) => !keys.has(key))).toEqual([])
  })

  it('defines every key the site uses', () => {
    const missing = [...used.entries()].filter(([key]) => !allKeys.has(key)).map(([key, files]) => `${key} (${files.map(relative).join(', ')})`)
    expect(missing).toEqual([])
  })

  it('uses every key it defines', () => {
    expect([...allKeys].filter((key) => !used.has(key))).toEqual([])
  })

  it('keeps interpolations the same in every locale', () => {
    const placeholders = (locale: string) => {
      const found = new Map<string, string>()
      for (const file of sourceFiles(path.join(root, 'i18n', locale), ['.json'])) {
        const namespace = path.basename(file, '.json')
        const walk = (value: unknown, prefix: string) => {
          if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k)
          else found.set(`${namespace}:${prefix.replace(/_(?:zero|one|two|few|many|other)$/, '')}`, [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(','))
        }
        walk(JSON.parse(readFileSync(file, 'utf8')), '')
      }
      return found
    }
    const reference = placeholders('en')
    for (const locale of locales.filter((l) => l !== 'en')) {
      const other = placeholders(locale)
      const different = [...reference.entries()].filter(([key, names]) => other.has(key) && other.get(key) !== names).map(([key]) => `${locale} ${key}`)
      expect(different).toEqual([])
    }
  })
})

describe('templates', () => {
  let parse: Awaited<ReturnType<typeof loadAstroParser>>
  beforeAll(async () => {
    parse = await loadAstroParser()
  })

  const templates = siteFiles.filter((file) => file.endsWith('.astro'))

  it('finds the templates', () => {
    expect(templates.length).toBeGreaterThan(10)
  })

  it.each(templates.map(relative))('%s has no hard-coded UI text', (file) => {
    const { ast } = parse(readFileSync(path.join(root, file), 'utf8'))
    expect(hardCodedText(ast)).toEqual([])
  })

  it('catches text, text attributes and rendered literals that bypass i18n', () => {
    const { ast } = parse(`---\nconst t = (k: string) => k\nconst a = true\n---\n<p title="Hard title">Hello {t('common:x')}</p><img alt={t('a')} />{a ? 'Yes' : t('b')}<style>p { color: red }</style><script>console.log('hi')</script><span> · </span>`)
    expect(hardCodedText(ast)).toEqual(['title="Hard title"', 'Hello', "{'Yes'}"])
  })
})
