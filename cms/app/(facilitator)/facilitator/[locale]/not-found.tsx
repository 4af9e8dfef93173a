import { locales } from '../../../../../curriculum/locales'
import { translator } from '../../../../i18n/translator'
import { paths } from '../../../../facilitator/paths'

/** A page that does not exist, or that this person may not see: the same answer, in every language. */
export default function NotFound() {
  return (
    <main id="main" className="wrap not-found">
      {locales.map((locale, index) => {
        const t = translator(locale.code)
        return (
          <section key={locale.code} lang={locale.htmlLang} aria-labelledby={`not-found-${locale.code}`}>
            {index === 0 ? <h1 id={`not-found-${locale.code}`}>{t('facilitator:notFound.title')}</h1> : <h2 id={`not-found-${locale.code}`}>{t('facilitator:notFound.title')}</h2>}
            <p>{t('facilitator:notFound.body')}</p>
            <p>
              <a href={paths.today(locale.code)}>{t('facilitator:notFound.back')}</a>
            </p>
          </section>
        )
      })}
    </main>
  )
}
