import { HtmlValidate, Parser, type HtmlElement } from 'html-validate'
import type { SerializedEditorState } from 'lexical'

/**
 * Hostile content, and a check that a rendered page holds none of it as live markup.
 *
 * For every place that renders CMS content: the public site (tests/integration/publish.test.ts,
 * tests/e2e/site.spec.ts) and the facilitator workspace alike. Plant `hostileText` in text
 * fields (titles, summaries, prompts, notes…), `hostileMarkdown` where Markdown goes in (the
 * bundle importer) and `hostileRichText()` in rich-text fields (and expect the CMS to refuse
 * `forgedRichText()`), render the pages, and expect
 * `findInjectedMarkup(html)` to be empty and `injectionMarker` to be on the page as plain text
 * (which proves the hostile content was rendered at all, not dropped).
 */

/** A word every hostile string carries, to find where it was rendered. */
export const injectionMarker = 'zqxinjected'

/** Hostile strings for plain-text fields: each must come out as text, never as markup. */
export const hostileText: readonly string[] = [
  `<script>alert('${injectionMarker}')</script>`,
  `<img src=x onerror="alert('${injectionMarker}')">`,
  `<iframe src="javascript:alert('${injectionMarker}')"></iframe>`,
  `"><svg onload=alert('${injectionMarker}')>`,
  `' onmouseover='alert("${injectionMarker}")`,
  `</title><script>alert('${injectionMarker}')</script>`,
  `javascript:alert('${injectionMarker}')`,
  `<a href="javascript:alert(1)">${injectionMarker}</a>`,
  `{{constructor.constructor('alert("${injectionMarker}")')()}}`,
]

/** One line holding every hostile string, for fields that take a single line (a title, a name). */
export const hostileLine = `${injectionMarker} ${hostileText.slice(0, 3).join(' ')}`.slice(0, 118)

/**
 * Markdown with raw HTML, hostile links and images: what a bundle file or a pasted text may hold.
 * (Its image has an empty alt, else the editorial quality gate would refuse to publish it before
 * the site's escaping is ever tested.)
 */
export const hostileMarkdown = [
  `## ${injectionMarker} heading <script>alert(1)</script>`,
  `A paragraph with <b onclick="alert(1)">inline HTML</b> and <img src=x alt="" onerror=alert(1)> and ${injectionMarker}.`,
  '<script>alert("block script")</script>',
  '<iframe src="https://example.org/embed"></iframe>',
  `[a javascript link ${injectionMarker}](javascript:alert(1)) and [a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [vbscript](vbscript:msgbox(1))`,
  '![an image](javascript:alert(1) "title")',
  '<javascript:alert(1)>',
  '- a list item with <svg onload=alert(1)></svg>',
].join('\n\n')

const text = (value: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const link = (url: string, children: unknown[], type: 'link' | 'autolink' = 'link') => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 3,
  fields: { linkType: 'custom', newTab: true, url },
  id: `${type}${url.length}`.padEnd(24, '0').slice(0, 24),
})

const paragraph = (children: unknown[]) => ({ children, direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' })
const state = (children: unknown[]) => ({ root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 } }) as unknown as SerializedEditorState

/**
 * A rich-text state made by hand, as a crafted REST request could send it, that the CMS stores:
 * links to `javascript:`, `data:` and `vbscript:` addresses (mixed case, with a tab), markup
 * inside text, and a forged style and alignment. Rendering must turn all of it into text and
 * harmless links.
 */
export function hostileRichText(): SerializedEditorState {
  return state([
    paragraph([text(`${injectionMarker} <script>alert(1)</script> <img src=x alt="" onerror=alert(1)>`)]),
    paragraph([link('javascript:alert(1)', [text('javascript link')]), text(' '), link('JaVaScRiPt:alert(1)', [text('mixed case link')]), text(' '), link('data:text/html,<script>alert(1)</script>', [text('data link')])]),
    paragraph([link('vbscript:msgbox(1)', [text('vbscript link')], 'autolink'), text(' '), link('java\tscript:alert(1)', [text('tab link')])]),
    paragraph([{ ...text('forged style'), style: 'background:url(javascript:alert(1))" onmouseover="alert(1)' }]),
    { ...paragraph([text('forged alignment')]), format: 'center" onclick="alert(1)' },
  ])
}

/** A raw-HTML node, a type no feature of the editor knows: the CMS must refuse to store it. */
const unknownNode = { type: 'html', version: 1, html: '<script>alert("unknown node")</script>', children: [] }
export function unknownNodeRichText(): SerializedEditorState {
  return state([paragraph([text(`${injectionMarker} before an unknown node`)]), paragraph([text('inside a paragraph: '), unknownNode])])
}

/** Rich text with forged element tags (a heading, a list): the CMS must refuse to store it. */
export function forgedRichText(): SerializedEditorState {
  return state([
    { children: [text(`${injectionMarker} forged heading`)], direction: null, format: '', indent: 0, type: 'heading', version: 1, tag: 'img src=x onerror=alert(1)' },
    {
      children: [{ children: [text('forged list item')], direction: null, format: '', indent: 0, type: 'listitem', version: 1, value: 1 }],
      direction: null,
      format: '',
      indent: 0,
      type: 'list',
      version: 1,
      listType: 'bullet',
      start: 1,
      tag: 'ul onclick=alert(1)',
    },
  ])
}

/** Elements that run code, load other documents, or change where the page's links and forms go. */
const activeElements = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'])
/** Foreign content: the HTML parser used here does not look inside it, and it can carry scripts. */
const foreignElements = new Set(['svg', 'math'])
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'srcset'])
const scriptUrl = /^[\s\u0000-\u001f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|livescript)\s*:/i

let parserReady: Promise<Parser> | undefined
function parser(): Promise<Parser> {
  parserReady ??= new HtmlValidate({ extends: ['html-validate:standard'] }).getConfigFor('page.html').then((config) => new Parser(config))
  return parserReady
}

function describeElement(element: HtmlElement): string {
  const attributes = element.attributes.map((a) => `${a.key}="${String(a.value ?? '')}"`).join(' ')
  return `<${element.tagName}${attributes ? ` ${attributes}` : ''}>`
}

export interface InjectionCheckOptions {
  /** Scripts the page may load (the search page's own module): a test on the script's src. */
  allowScript?: (src: string) => boolean
}

/**
 * Every piece of live markup in a page that content could have smuggled in: script, frame,
 * object, embed and base elements; SVG and MathML; event-handler attributes; `javascript:`
 * (and `vbscript:`) addresses, `data:` addresses outside images; `srcdoc`; refresh redirects;
 * style attributes with script addresses. Empty means the page is inert.
 */
export async function findInjectedMarkup(html: string, options: InjectionCheckOptions = {}): Promise<string[]> {
  const root = (await parser()).parseHtml(html)
  const findings: string[] = []
  for (const element of root.querySelectorAll('*')) {
    const name = element.tagName
    const src = String(element.getAttribute('src')?.value ?? '')
    if (activeElements.has(name) && !(name === 'script' && src && options.allowScript?.(src))) findings.push(`${describeElement(element)}: ${name} element`)
    if (foreignElements.has(name)) findings.push(`${describeElement(element)}: ${name} content`)
    if (name === 'meta' && /refresh/i.test(String(element.getAttribute('http-equiv')?.value ?? ''))) findings.push(`${describeElement(element)}: refresh redirect`)
    for (const attribute of element.attributes) {
      const key = attribute.key.toLowerCase()
      const value = String(attribute.value ?? '')
      if (key.startsWith('on')) findings.push(`${describeElement(element)}: event handler ${key}`)
      if (key === 'srcdoc') findings.push(`${describeElement(element)}: srcdoc`)
      if (urlAttributes.has(key) && scriptUrl.test(value)) findings.push(`${describeElement(element)}: script address in ${key}`)
      if (urlAttributes.has(key) && /^\s*data:/i.test(value) && !(name === 'img' && key === 'src' && /^\s*data:image\/(?:png|jpeg|gif|webp);/i.test(value))) findings.push(`${describeElement(element)}: data address in ${key}`)
      if (key === 'style' && /expression\s*\(|url\s*\(\s*['"]?\s*(?:javascript|vbscript|data):/i.test(value)) findings.push(`${describeElement(element)}: script in style`)
    }
  }
  return findings
}
