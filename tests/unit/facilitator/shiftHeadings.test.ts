import { describe, expect, it } from 'vitest'
import { shiftHeadings } from '../../../cms/facilitator/components/shiftHeadings'

describe('headings of rich text inside a page', () => {
  it('move down under the section that holds them', () => {
    expect(shiftHeadings('<h2>What to expect</h2><p>Text</p><h3 id="a">More</h3>', 2)).toBe('<h4>What to expect</h4><p>Text</p><h5 id="a">More</h5>')
  })

  it('stop at h6 and leave other tags alone', () => {
    expect(shiftHeadings('<h5>Deep</h5><header>x</header><hr>', 3)).toBe('<h6>Deep</h6><header>x</header><hr>')
    expect(shiftHeadings('<h2>Same</h2>', 0)).toBe('<h2>Same</h2>')
  })
})
