import type { AdminViewServerProps } from 'payload'
import { isoDay, reviewPolicy } from '../../../curriculum/rules/review'
import { collectionLabel } from '../../i18n/adminLabels'
import { adminLocale } from '../../i18n/adminLocale'
import { translator } from '../../i18n/translator'
import { findReviewDue, groupByReviewer } from '../../review/findReviewDue'
import { AdminViewFrame } from '../AdminViewFrame'

/** Admin view: clinical content whose review is overdue or due within 30 days, by reviewer. */
export async function ReviewDueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const items = req.user ? await findReviewDue(req.payload, isoDay(new Date()), req) : []
  const queues = groupByReviewer(items)
  const adminRoute = req.payload.config.routes.admin
  const language = adminLocale(req.i18n.language)
  const t = translator(language)
  return (
    <AdminViewFrame {...props}>
      <h1>{t('admin:reviewDue.title')}</h1>
      <p>{t('admin:reviewDue.intro', { days: reviewPolicy.dueSoonDays })}</p>
      {queues.length === 0 ? (
        <p>{t('admin:reviewDue.nothing')}</p>
      ) : (
        queues.map((queue, index) => (
          <section key={queue.reviewer} aria-labelledby={`reviewer-${index}`} style={{ marginBlock: '2rem' }}>
            <h2 id={`reviewer-${index}`}>
              {t('admin:reviewDue.queue', { reviewer: queue.reviewer, overdue: queue.overdue, dueSoon: queue.dueSoon })}
            </h2>
            <table className="table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col">{t('admin:reviewDue.status')}</th>
                  <th scope="col">{t('admin:reviewDue.due')}</th>
                  <th scope="col">{t('admin:reviewDue.docTitle')}</th>
                  <th scope="col">{t('admin:reviewDue.type')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={`${item.collection}-${item.id}`}>
                    <td>{item.status === 'overdue' ? t('admin:reviewDue.overdue') : t('admin:reviewDue.dueSoon')}</td>
                    <td>{item.nextReviewDue}</td>
                    <td>
                      <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                    </td>
                    <td>{collectionLabel(item.collection, language, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </AdminViewFrame>
  )
}
