import { describe, expect, it } from 'vitest'
import { listPagePath, paginate } from '../../../site/lib/paginate'

describe('paginate', () => {
  it('splits a list into numbered pages, and an empty list into one empty page', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2)
    expect(pages.map((p) => [p.number, p.count, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ])
    expect(paginate([], 2)).toEqual([{ number: 1, count: 1, items: [] }])
  })

  it('gives page 1 the list’s own address and later pages /page/<n>', () => {
    expect(listPagePath('articles', 1)).toBe('articles')
    expect(listPagePath('education/about/anxiety', 3)).toBe('education/about/anxiety/page/3')
    expect(listPagePath('', 2)).toBe('page/2')
  })
})
