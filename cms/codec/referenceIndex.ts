export type DocumentId = number | string

/** Slug ⇄ id for every document of every collection, so files can refer to each other by slug. */
export class ReferenceIndex {
  private readonly ids = new Map<string, Map<string, DocumentId>>()
  private readonly slugs = new Map<string, Map<string, string>>()

  set(collection: string, slug: string, id: DocumentId): void {
    if (!this.ids.has(collection)) this.ids.set(collection, new Map())
    if (!this.slugs.has(collection)) this.slugs.set(collection, new Map())
    this.ids.get(collection)?.set(slug, id)
    this.slugs.get(collection)?.set(String(id), slug)
  }

  id(collection: string, slug: string): DocumentId {
    const id = this.ids.get(collection)?.get(slug)
    if (id === undefined) throw new Error(`No ${collection} document has the slug "${slug}"`)
    return id
  }

  slug(collection: string, id: DocumentId): string {
    const slug = this.slugs.get(collection)?.get(String(id))
    if (slug === undefined) throw new Error(`The ${collection} document ${String(id)} is not in the index`)
    return slug
  }

  hasId(collection: string, id: DocumentId): boolean {
    return this.slugs.get(collection)?.has(String(id)) ?? false
  }

  has(collection: string, slug: string): boolean {
    return this.ids.get(collection)?.has(slug) ?? false
  }
}
