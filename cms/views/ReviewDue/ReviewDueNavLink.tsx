import Link from 'next/link'

/** Sidebar link to the reviews-due view. */
export function ReviewDueNavLink() {
  return (
    <Link className="nav__link" href="/admin/review-due" style={{ display: 'block', padding: '0.25rem 0' }}>
      Reviews due
    </Link>
  )
}
