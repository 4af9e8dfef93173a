import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../../curriculum/format/problems'

describe('formatProblem', () => {
  it('reads file:line field: reason, and quotes a field name that is not a plain name', () => {
    expect(formatProblem({ file: 'programs/adolescent.en.md', line: 12, field: 'schedule.0.days.1.slots.0.script', reason: 'no session script has the slug "x"' })).toBe('programs/adolescent.en.md:12 schedule.0.days.1.slots.0.script: no session script has the slug "x"')
    expect(formatProblem({ file: 'articles/a.en.md', field: '', reason: 'invalid YAML' })).toBe('articles/a.en.md: invalid YAML')
    // The fuzz found this one: a stray key "review:" made "review:: is not a field".
    expect(formatProblem({ file: 'psychoeducation/b.en.md', line: 11, field: 'review:', reason: 'is not a field of this content type' })).toBe('psychoeducation/b.en.md:11 "review:": is not a field of this content type')
    expect(formatProblem({ file: 'family/c.es.md', line: 3, field: 'título', reason: 'is not a field of this content type' })).toBe('family/c.es.md:3 título: is not a field of this content type')
  })
})

describe('front matter the YAML parser only rejects when reading values', () => {
  it('reports an alias without its anchor, and an alias bomb, as invalid YAML on their line', async () => {
    const { parseFrontMatter } = await import('../../../curriculum/format/frontMatter')
    // The fuzz found the first one: it escaped as a raw ReferenceError instead of a bundle problem.
    expect(parseFrontMatter('---\ntitle: A title\nsummary: *t_e#\n---\nBody')).toEqual({ line: 3, reason: expect.stringMatching(/^invalid YAML: Unresolved alias/) })
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), '---', 'Body'].join('\n')
    expect(parseFrontMatter(bomb)).toMatchObject({ reason: expect.stringMatching(/^invalid YAML: /) })
  })
})
