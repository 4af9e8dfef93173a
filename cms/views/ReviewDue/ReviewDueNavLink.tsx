'use client'
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { adminLocale } from '../../i18n/adminLocale'
import { translator } from '../../i18n/translator'

/** Sidebar link to the reviews-due view. */
export function ReviewDueNavLink() {
  const { i18n } = useTranslation()
  const t = translator(adminLocale(i18n.language))
  return (
    <Link className="nav__link" href="/admin/review-due" style={{ display: 'block', padding: '0.25rem 0' }}>
      {t('admin:nav.reviewDue')}
    </Link>
  )
}
