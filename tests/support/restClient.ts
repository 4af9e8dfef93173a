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

  get signedIn(): boolean {
    return this.token !== undefined
  }

  /** The session's token, for tests that inspect or forge one. */
  get jwt(): string | undefined {
    return this.token
  }

  /** A multipart request (file uploads): Payload reads the document's fields from `_payload`. */
  upload(method: string, path: string, file: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }, fields: Record<string, unknown>): Promise<Response> {
    const form = new FormData()
    form.append('file', new Blob([file.bytes], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify(fields))
    return fetch(`${this.baseUrl}${path}`, { method, headers: this.token ? { authorization: `JWT ${this.token}` } : {}, body: form })
  }

  request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (this.token) headers.authorization = `JWT ${this.token}`
    return fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  }
}
