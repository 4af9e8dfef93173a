import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { isoDay, reviewPolicy } from '../../../curriculum/rules/review'
import { findReviewDue, groupByReviewer } from '../../review/findReviewDue'

/** Admin view: clinical content whose review is overdue or due within 30 days, by reviewer. */
export async function ReviewDueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const items = req.user ? await findReviewDue(req.payload, isoDay(new Date()), req) : []
  const queues = groupByReviewer(items)
  const adminRoute = req.payload.config.routes.admin
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBlock: '2rem' }}>
        <h1>Reviews due</h1>
        <p>
          Published clinical content whose review is overdue or due within {reviewPolicy.dueSoonDays} days, grouped by the reviewer who signed the
          last review, most urgent first.
        </p>
        {queues.length === 0 ? (
          <p>Nothing is due. Every published clinical document is within its review period.</p>
        ) : (
          queues.map((queue, index) => (
            <section key={queue.reviewer} aria-labelledby={`reviewer-${index}`} style={{ marginBlock: '2rem' }}>
              <h2 id={`reviewer-${index}`}>
                {queue.reviewer}: {queue.overdue} overdue, {queue.dueSoon} due soon
              </h2>
              <table className="table" style={{ width: '100%' }}>
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col">Due</th>
                    <th scope="col">Title</th>
                    <th scope="col">Type</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.items.map((item) => (
                    <tr key={`${item.collection}-${item.id}`}>
                      <td>{item.status === 'overdue' ? 'Overdue' : 'Due soon'}</td>
                      <td>{item.nextReviewDue}</td>
                      <td>
                        <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                      </td>
                      <td>{item.collection.replace(/-/g, ' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))
        )}
      </div>
    </DefaultTemplate>
  )
}
