import type { LocaleCode } from '../../../curriculum/locales'
import { translator } from '../../i18n/translator'
import type { ScheduledSession } from '../data/programs'
import { formatClock } from '../i18n/format'
import { slotKindLabels } from '../i18n/labels'
import { paths } from '../paths'

/** A day's sessions in order, each a link to its script: on the today page and a week's page. */
export function SessionList({ locale, program, week, day, sessions }: { locale: LocaleCode; program: string; week: number; day: number; sessions: ScheduledSession[] }) {
  const t = translator(locale)
  return (
    <ol className="session-list">
      {sessions.map((session) => (
        <li key={session.number}>
          <a className="session-link" href={paths.session(locale, program, week, day, session.number)}>
            <span className="clock">
              {formatClock(session.start, locale)}–{formatClock(session.end, locale)}
            </span>
            <span className="session-title">{session.title ?? t(slotKindLabels[session.kind])}</span>
            <span className="subtle">{t(slotKindLabels[session.kind])}</span>
          </a>
        </li>
      ))}
    </ol>
  )
}
