/** A signed-in (or anonymous) REST session against a running server. */
export class RestSession {
  private token: string | undefined

  constructor(private readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (response.ok) this.token = ((await response.clone().json()) as { token?: string }).token
    return response
  }

  request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (this.token) headers.authorization = `JWT ${this.token}`
    return fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  }
}
