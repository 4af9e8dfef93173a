import type { LocaleCode } from '../../../curriculum/locales'
import { languageName } from '../i18n/format'
import { translator } from '../../i18n/translator'

/** Says plainly that a document is shown in another language than the one asked for. */
export function FallbackNotice({ locale, asked, shown, kind }: { locale: LocaleCode; asked: LocaleCode; shown: LocaleCode; kind: 'script' | 'handout' }) {
  const t = translator(locale)
  const options = { language: languageName(asked, locale), fallback: languageName(shown, locale) }
  return (
    <p className="notice fallback-notice" role="note">
      {kind === 'script' ? t('facilitator:fallback.script', options) : t('facilitator:fallback.handout', options)}
    </p>
  )
}
