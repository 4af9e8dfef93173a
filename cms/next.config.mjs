import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The CMS admin and REST API. Security headers apply to every response. */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  // Site pages (draft previews) end in a slash, as on the public site; Next must not strip it.
  skipTrailingSlashRedirect: true,
  // The site publisher runs Astro and Pagefind (native binaries) from the CMS process;
  // they are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['astro', 'pagefind', '@pagefind/linux-x64'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The workspace's forms post to itself; with no-referrer a browser sends "Origin: null",
      // which Payload's CSRF check (rightly) refuses. same-origin still tells other sites nothing.
      { source: '/facilitator/:path*', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
