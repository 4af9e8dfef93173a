import { describe, expect, it } from 'vitest'
import { richTextHtml } from '../../../cms/publish/richTextHtml'
import { richTextToHtml } from '../../../cms/richText/html'
import { injectionMarker, unknownNodeRichText } from '../../support/injection'

/** What an older database may still hold (the CMS now refuses it): a node no converter knows. */
describe('rich text with a node no converter knows', () => {
  it('renders the rest, and nothing for the node, on the site and in the workspace', () => {
    for (const html of [richTextHtml(unknownNodeRichText(), new Set()), richTextToHtml(unknownNodeRichText())]) {
      expect(html).toContain(`<p>${injectionMarker} before an unknown node</p>`)
      expect(html).toContain('<p>inside a paragraph: </p>')
      expect(html).not.toMatch(/unknown node<\/span>|<script/)
    }
  })
})
