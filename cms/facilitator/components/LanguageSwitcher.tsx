import { locales, type LocaleCode } from '../../../curriculum/locales'
import { translator } from '../../i18n/translator'

/** The same workspace page in every language, each named in its own language. */
export function LanguageSwitcher({ locale, hrefFor }: { locale: LocaleCode; hrefFor: (locale: LocaleCode) => string }) {
  const t = translator(locale)
  return (
    <nav className="languages" aria-label={t('facilitator:nav.language')}>
      <ul>
        {locales.map((other) => (
          <li key={other.code}>
            <a href={hrefFor(other.code)} lang={other.htmlLang} hrefLang={other.htmlLang} aria-current={other.code === locale ? 'true' : undefined}>
              {other.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
