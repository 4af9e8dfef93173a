import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../curriculum/locales'
import { checkAccessibility } from '../../../curriculum/quality'

const errors = (markdown: string, locale: LocaleCode = 'en') => checkAccessibility(markdown, locale).filter((f) => f.severity === 'error')

describe('headings', () => {
  it('passes headings that start at ## and go down one level at a time, in both languages', () => {
    expect(checkAccessibility('## One\n\nText.\n\n### One a\n\n#### Detail\n\n## Two\n\n### Two a', 'en')).toEqual([])
    expect(checkAccessibility('## Uno\n\nTexto.\n\n### Uno a\n\n## Dos', 'es')).toEqual([])
  })

  it('fails a level-1 heading in a body: the page title is the only one', () => {
    const [finding] = errors('# Big title\n\nText.')
    expect(finding).toMatchObject({ check: 'accessibility', rule: 'heading-level-1', field: 'body', line: 1 })
    expect(finding?.message).toBe('"# Big title" is a level-1 heading, but the page title is the only level-1 heading.')
  })

  it('fails a skipped level, on the line of the heading, in both languages', () => {
    const [en] = errors('## Start\n\nText.\n\n#### Too deep')
    expect(en).toMatchObject({ rule: 'heading-order', line: 5, message: '"#### Too deep" skips from level 2 to level 4; screen-reader users navigate by these levels.', suggestion: 'Use ### here, or add the missing level above it.' })
    expect(errors('### Empieza en tres', 'es').map((f) => f.rule)).toEqual(['heading-order'])
  })
})

describe('link text', () => {
  it('passes link text that names where it goes', () => {
    expect(checkAccessibility('Chat at [988lifeline.org](https://988lifeline.org).', 'en')).toEqual([])
    expect(checkAccessibility('Lea [la guía sobre el sueño](https://example.org/sueno).', 'es')).toEqual([])
  })

  it.each([
    ['en', 'For help, [click here](https://988lifeline.org).'],
    ['en', 'Read the guide [here](https://example.org).'],
    ['es', 'Para ayuda, [haga clic aquí](https://988lifeline.org).'],
    ['es', 'Lea la guía [aquí](https://example.org).'],
  ] as const)('fails vague link text in %s: %j', (locale, markdown) => {
    const [finding] = errors(markdown, locale)
    expect(finding).toMatchObject({ rule: 'link-text', severity: 'error', locale, line: 1 })
    expect(finding?.message).toMatch(/does not say where it goes/)
  })

  it('warns on vague but common phrases', () => {
    expect(checkAccessibility('[Read more](https://example.org)', 'en').map((f) => [f.rule, f.severity])).toEqual([['link-text', 'warning']])
    expect(checkAccessibility('[Más información](https://example.org)', 'es').map((f) => [f.rule, f.severity])).toEqual([['link-text', 'warning']])
  })
})

describe('tables', () => {
  it('passes a table with a header row', () => {
    expect(checkAccessibility('| Day | Plan |\n| --- | --- |\n| Monday | Walk |', 'en')).toEqual([])
    expect(checkAccessibility('| Día | Plan |\n| --- | --- |\n| Lunes | Caminar |', 'es')).toEqual([])
  })

  it('fails a table whose header row is empty', () => {
    expect(errors('|  |  |\n| --- | --- |\n| Monday | Walk |').map((f) => [f.rule, f.line])).toEqual([['table-header', 1]])
  })

  it('fails rows that look like a table but have no header separator', () => {
    const found = errors('Text.\n\n| Lunes | Caminar |\n| Martes | Leer |', 'es')
    expect(found.map((f) => [f.rule, f.line])).toEqual([['table-header', 3]])
  })
})

describe('images', () => {
  it('passes an image with alt text', () => {
    expect(checkAccessibility('![A person breathing slowly by a window](breathing.png)', 'en')).toEqual([])
    expect(checkAccessibility('![Una persona respira despacio junto a una ventana](respirar.png)', 'es')).toEqual([])
  })

  it('fails an image without alt text, in every locale', () => {
    expect(errors('![](breathing.png)', 'en').map((f) => f.rule)).toEqual(['image-alt'])
    expect(errors('![ ](respirar.png)', 'es').map((f) => f.rule)).toEqual(['image-alt'])
    expect(errors('<img src="a.png">', 'en').map((f) => f.rule)).toEqual(['image-alt'])
  })

  it('warns on alt text that says nothing', () => {
    expect(checkAccessibility('![image](a.png)', 'en').map((f) => [f.rule, f.severity])).toEqual([['image-alt', 'warning']])
    expect(checkAccessibility('![foto](a.png)', 'es').map((f) => [f.rule, f.severity])).toEqual([['image-alt', 'warning']])
  })
})
