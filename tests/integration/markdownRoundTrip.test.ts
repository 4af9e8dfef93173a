import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MarkdownConverter } from '../../cms/richText/markdown'

let md: MarkdownConverter

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'iop-markdown-'))
  const config = await (await import('../../cms/payload.config')).default
  const { createMarkdownConverter } = await import('../../cms/richText/markdown')
  md = await createMarkdownConverter(config)
})

const sample = [
  '## What helps',
  '',
  'Plain text with **bold**, *emphasis* and a [link to 988](https://988lifeline.org).',
  '',
  '### A smaller heading',
  '',
  '- First point',
  '- Second point',
  '',
  '1. Step one',
  '2. Step two',
  '',
  '> A quotation from someone in recovery.',
  '',
  '| Sign | What to do |',
  '| --- | --- |',
  '| Trouble sleeping | Keep a wind-down routine |',
  '| Pulling away | Call someone you trust |',
].join('\n')

describe("rich text through Payload's Lexical Markdown converters", () => {
  it('keeps headings, lists, links, emphasis, block quotes and tables', () => {
    const state = md.toLexical(sample)
    const types = JSON.stringify(state)
    for (const type of ['"heading"', '"list"', '"link"', '"quote"', '"table"']) expect(types).toContain(type)
    const back = md.toMarkdown(state)
    for (const piece of ['## What helps', '### A smaller heading', '**bold**', '[link to 988](https://988lifeline.org)', '> A quotation from someone in recovery.', 'Trouble sleeping', 'Keep a wind-down routine']) {
      expect(back).toContain(piece)
    }
  })

  it('is stable after one normalization, so import then export is lossless', () => {
    const once = md.normalize(sample)
    expect(md.normalize(once)).toBe(once)
    expect(md.toMarkdown(md.toLexical(once))).toBe(once)
  })
})
