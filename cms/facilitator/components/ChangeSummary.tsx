import type { ScriptChange } from '../../../curriculum/facilitation/scriptChanges'
import type { LocaleCode } from '../../../curriculum/locales'
import type { ChangesSinceLastView } from '../data/scriptViews'
import { formatMoment } from '../i18n/format'
import { adaptationLabels, changedListLabels, changedTextLabels, segmentDetailLabels, type AdaptationKind } from '../i18n/labels'
import { translator, type Translate } from '../../i18n/translator'

function describe(change: ScriptChange, t: Translate, handoutTitle: (key: string) => string | undefined): string {
  const join = (items: string[]) => items.join(', ')
  switch (change.kind) {
    case 'text':
      return t(changedTextLabels[change.field])
    case 'minutes':
      return t('facilitator:changes.minutes', { before: change.before, after: change.after })
    case 'list': {
      const name = t(changedListLabels[change.field])
      const show = (items: string[]) => (change.field === 'handouts' ? items.map((key) => handoutTitle(key) ?? t('facilitator:changes.aHandout')) : items)
      const parts = [
        ...(change.added.length > 0 ? [t('facilitator:changes.added', { items: join(show(change.added)) })] : []),
        ...(change.removed.length > 0 ? [t('facilitator:changes.removed', { items: join(show(change.removed)) })] : []),
        ...(change.reordered ? [t('facilitator:changes.reordered')] : []),
      ]
      return t('facilitator:changes.list', { list: name, changes: parts.join('; ') })
    }
    case 'adaptations': {
      const names = (kinds: string[]) => join(kinds.map((kind) => t(adaptationLabels[kind as AdaptationKind] ?? kind)))
      const parts = [
        ...(change.added.length > 0 ? [t('facilitator:changes.added', { items: names(change.added) })] : []),
        ...(change.removed.length > 0 ? [t('facilitator:changes.removed', { items: names(change.removed) })] : []),
        ...(change.changed.length > 0 ? [t('facilitator:changes.rewritten', { items: names(change.changed) })] : []),
      ]
      return t('facilitator:changes.list', { list: t('facilitator:changes.adaptations'), changes: parts.join('; ') })
    }
    case 'segment-added':
      return t('facilitator:changes.segmentAdded', { segment: change.segment, minutes: change.minutes })
    case 'segment-removed':
      return t('facilitator:changes.segmentRemoved', { segment: change.segment })
    case 'segment-changed': {
      const details = change.details.map((detail) => t(segmentDetailLabels[detail])).join(', ')
      return change.previousName
        ? t('facilitator:changes.segmentRenamed', { segment: change.segment, previous: change.previousName, details })
        : t('facilitator:changes.segmentChanged', { segment: change.segment, details })
    }
    case 'segments-reordered':
      return t('facilitator:changes.segmentsReordered')
  }
}

/** "Changed since you last viewed it": what is new in a script this facilitator opened before. */
export function ChangeSummary({ locale, summary, handoutTitle }: { locale: LocaleCode; summary: ChangesSinceLastView; handoutTitle: (key: string) => string | undefined }) {
  const t = translator(locale)
  if (!summary.since || summary.changes.length === 0) return null
  return (
    <section className="changes notice" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('facilitator:changes.heading')}</h2>
      <p>{t('facilitator:changes.since', { date: formatMoment(summary.since, locale) })}</p>
      <ul>
        {summary.changes.map((change, index) => (
          <li key={index}>{describe(change, t, handoutTitle)}</li>
        ))}
      </ul>
    </section>
  )
}
