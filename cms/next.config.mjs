import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The CMS admin and REST API. Security headers apply to every response: nothing may frame the
 * admin, no address leaks through the referrer, and the admin's pages load and send data only
 * to this origin (Next.js writes its page data as inline scripts, hence 'unsafe-inline' for
 * scripts; object, base and form targets stay locked). Files served by the API (uploads) get a
 * sandboxing policy of their own, so an uploaded SVG or HTML file cannot run script as the admin.
 */
const adminPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
const apiPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: adminPolicy },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
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
    // For the same header, the later matching rule wins: the API's policy replaces the admin's.
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
      // The workspace's forms post to itself; with no-referrer a browser sends "Origin: null",
      // which Payload's CSRF check (rightly) refuses. same-origin still tells other sites nothing.
      { source: '/facilitator/:path*', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
