/**
 * A form post must come from this server's own pages. Browsers say where a request comes from in
 * Sec-Fetch-Site (and in Origin); a request without either is not a browser's, so no cross-site
 * forgery is possible with it.
 */
export function sameOrigin(request: Request, serverURL: string | undefined): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  if (!origin) return true
  const url = new URL(request.url)
  const allowed = [url.origin]
  if (serverURL) allowed.push(new URL(serverURL).origin)
  const host = request.headers.get('host')
  if (host) allowed.push(`${url.protocol}//${host}`)
  return allowed.includes(origin)
}
