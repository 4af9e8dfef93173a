import type { PayloadRequest } from 'payload'
import { reviewPolicy } from '../../curriculum/rules/review'

/** Months between clinical reviews for this installation (Site settings), or the policy default. */
export async function reviewIntervalMonths(req: PayloadRequest): Promise<number> {
  const { locale, fallbackLocale } = req
  try {
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    return settings.clinicalReview?.intervalMonths ?? reviewPolicy.intervalMonths
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
