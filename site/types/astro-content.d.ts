/**
 * The part of Astro's virtual `astro:content` module the site's TypeScript uses. Astro generates
 * the full declaration into .astro/ during a build; this lets `tsc` check site/lib without one.
 * Entries are typed where they are read (site/lib/content.ts), from the snapshot's types.
 */
declare module 'astro:content' {
  export function getCollection(collection: string): Promise<{ id: string; data: unknown }[]>
}
