import { spawn } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { syntheticModule } from './corpus'

/** The module as one plain Markdown page: what a bare Astro site would publish for it. */
function modulePage(index: number, locale: 'en' | 'es'): string {
  const doc = syntheticModule(index)
  const fields = doc.localized[locale] as { title: string; summary: string; objectives: string[]; keyPoints: string[]; tryThis: string }
  const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n')
  return [
    '---',
    `title: ${JSON.stringify(fields.title)}`,
    '---',
    `# ${fields.title}`,
    fields.summary,
    list(fields.objectives),
    doc.body[locale] ?? '',
    list(fields.keyPoints),
    fields.tryThis,
    '',
  ].join('\n\n')
}

/**
 * The baseline of the publish benchmark: a throwaway Astro project that builds the same module
 * pages from plain .md files, the way a bare Astro site of many Markdown pages is made: one
 * content collection (the glob loader) and one page template that renders each entry, no
 * layout, styles or integrations. Built with the installed Astro, in a child process as the site
 * build runs. Returns its wall time.
 */
export async function bareAstroBuild(root: string, dir: string, modules: number, log: (line: string) => void): Promise<{ seconds: number; pages: number }> {
  mkdirSync(dir, { recursive: true })
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } }\n")
  mkdirSync(path.join(dir, 'src/pages/[locale]/education'), { recursive: true })
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content'\nimport { glob } from 'astro/loaders'\n\nexport const collections = { modules: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/modules' }) }) }\n",
  )
  writeFileSync(
    path.join(dir, 'src/pages/[locale]/education/[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content'",
      'export async function getStaticPaths() {',
      "  return (await getCollection('modules')).map((entry) => ({ params: { locale: entry.id.split('/')[0], slug: entry.id.split('/')[1] }, props: { entry } }))",
      '}',
      'const { entry } = Astro.props',
      'const { Content } = await render(entry)',
      '---',
      '<html lang={Astro.params.locale}><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><Content /></body></html>',
      '',
    ].join('\n'),
  )
  for (const locale of ['en', 'es'] as const) {
    const pages = path.join(dir, 'src/content/modules', locale)
    mkdirSync(pages, { recursive: true })
    for (let i = 0; i < modules; i++) writeFileSync(path.join(pages, `${syntheticModule(i).slug}.md`), modulePage(i, locale))
  }
  log(`  wrote ${(modules * 2).toLocaleString('en')} Markdown pages; building…`)
  const started = performance.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`The bare Astro build exited with ${code}:\n${text.slice(-2000)}`))))
  })
  const seconds = (performance.now() - started) / 1000
  // eslint-disable-next-line no-control-regex
  const pages = Number(/(\d+) page\(s\) built/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1] ?? 0)
  return { seconds, pages }
}
