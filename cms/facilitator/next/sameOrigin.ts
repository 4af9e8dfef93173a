/**
 * A form post must come from this server's own pages: the Origin header, which browsers send
 * with every POST, names this host (or the configured CMS_URL behind a proxy).
 */
export function sameOrigin(request: Request, serverURL: string | undefined): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return true
  const allowed = [new URL(request.url).origin]
  if (serverURL) allowed.push(new URL(serverURL).origin)
  const host = request.headers.get('host')
  if (host) allowed.push(`${new URL(request.url).protocol}//${host}`)
  return allowed.includes(origin)
}
