/**
 * The Content-Security-Policy of every page: nothing from anywhere but this site. Content pages
 * allow no script at all; the search page runs its own script and Pagefind's WebAssembly.
 * (frame-ancestors cannot be set from a <meta>; the server sends it as a header.)
 */
export function contentSecurityPolicy(kind: 'content' | 'search'): string {
  const script = kind === 'search' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'none'"
  return [
    "default-src 'self'",
    script,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${kind === 'search' ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}
