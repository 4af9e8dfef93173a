import Link from 'next/link'

/** Sidebar link to the translations view. */
export function TranslationsNavLink() {
  return (
    <Link className="nav__link" href="/admin/translations" style={{ display: 'block', padding: '0.25rem 0' }}>
      Translations to do
    </Link>
  )
}
