import { describe, expect, it } from 'vitest'
import { sameOrigin } from '../../../cms/facilitator/next/sameOrigin'

const post = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/facilitator/sign-in', { method: 'POST', headers })

describe('workspace form posts', () => {
  it('are accepted from the workspace’s own pages', () => {
    expect(sameOrigin(post({ 'sec-fetch-site': 'same-origin', origin: 'null' }), undefined)).toBe(true)
    expect(sameOrigin(post({ origin: 'http://127.0.0.1:3000' }), undefined)).toBe(true)
    expect(sameOrigin(post({ origin: 'https://cms.example.org' }), 'https://cms.example.org')).toBe(true)
  })

  it('are refused from other sites', () => {
    expect(sameOrigin(post({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }), undefined)).toBe(false)
    expect(sameOrigin(post({ 'sec-fetch-site': 'same-site' }), undefined)).toBe(false)
    expect(sameOrigin(post({ origin: 'https://evil.example' }), 'https://cms.example.org')).toBe(false)
  })
})
