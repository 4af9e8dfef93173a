import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { hardCodedText, hardCodedTsxText, loadAstroParser, readCatalogs, sourceFiles, usedKeys } from './uiStrings'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const catalogs = readCatalogs(path.join(root, 'i18n'))
const locales = [...catalogs.keys()]
const allKeys = new Set([...catalogs.values()].flatMap((keys) => [...keys]))
const namespaces = [...new Set([...allKeys].map((key) => key.split(':')[0]!))]
const siteFiles = sourceFiles(path.join(root, 'site'), ['.astro', '.ts', '.mdx'])
/** The facilitator workspace: its modules and its pages in the CMS's Next.js app. */
const workspaceFiles = [...sourceFiles(path.join(root, 'cms/facilitator'), ['.ts', '.tsx']), ...sourceFiles(path.join(root, 'cms/app/(facilitator)'), ['.ts', '.tsx'])]
/** The admin's custom views and sidebar fields, and the CMS's shared i18n helpers. */
const adminFiles = ['cms/views', 'cms/quality/admin', 'cms/translation/admin', 'cms/i18n'].flatMap((dir) => sourceFiles(path.join(root, dir), ['.ts', '.tsx']))
const used = usedKeys([...siteFiles, ...workspaceFiles, ...adminFiles], namespaces)
const relative = (file: string) => path.relative(root, file)

describe('UI strings (i18n/<locale>/<namespace>.json)', () => {
  it('ships English and Spanish', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']))
  })

  it.each(locales)('has every key in %s', (locale) => {
    const keys = catalogs.get(locale)!
    expect([...allKeys].filter((key) => !keys.has(key))).toEqual([])
  })

  it('defines every key the site and the facilitator workspace use', () => {
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

describe('admin views and fields', () => {
  const templates = adminFiles.filter((file) => file.endsWith('.tsx'))

  it('finds the templates', () => {
    expect(templates.map(relative)).toEqual(expect.arrayContaining(['cms/views/ReviewDue/ReviewDueView.tsx', 'cms/views/Translations/TranslationsView.tsx', 'cms/quality/admin/QualityReportField.tsx']))
  })

  it.each(templates.map(relative))('%s has no hard-coded UI text', (file) => {
    expect(hardCodedTsxText(readFileSync(path.join(root, file), 'utf8'), file)).toEqual([])
  })
})

describe('facilitator workspace templates', () => {
  const templates = workspaceFiles.filter((file) => file.endsWith('.tsx'))

  it('finds the templates', () => {
    expect(templates.length).toBeGreaterThan(10)
    expect(templates.map(relative)).toContain('cms/app/(facilitator)/facilitator/[locale]/programs/[program]/weeks/[week]/days/[day]/sessions/[session]/page.tsx')
  })

  it('has its own namespace in every locale', () => {
    for (const locale of locales) expect([...catalogs.get(locale)!].some((key) => key.startsWith('facilitator:'))).toBe(true)
  })

  it.each(templates.map(relative))('%s has no hard-coded UI text', (file) => {
    expect(hardCodedTsxText(readFileSync(path.join(root, file), 'utf8'), file)).toEqual([])
  })

  it('catches text, text props and rendered literals that bypass i18n', () => {
    const source = `const t = (k: string) => k
export function X({ a }: { a: boolean }) {
  return (
    <section aria-label="Hard label" title={t('b')}>
      Hello {t('facilitator:x')}
      <img alt={t('a')} />
      <Button label="Print now" />
      {a ? 'Yes' : t('b')}
      {a && \`Week \${1}\`}
      <style>{'p { color: red }'}</style>
      <span> · </span>{' – '}
    </section>
  )
}`
    expect(hardCodedTsxText(source)).toEqual(['aria-label="Hard label"', 'Hello', 'label="Print now"', "{'Yes'}", "{'Week '}"])
  })
})
