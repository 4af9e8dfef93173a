import type { ReactNode } from 'react'
import type { LocaleCode } from '../../../curriculum/locales'
import { paths } from '../paths'
import { translator } from '../../i18n/translator'
import { LanguageSwitcher } from './LanguageSwitcher'

export interface Crumb {
  label: string
  href?: string
}

interface Props {
  locale: LocaleCode
  title: string
  /** This page's address in another workspace language. */
  hrefFor: (locale: LocaleCode) => string
  userName?: string
  crumbs?: Crumb[]
  children: ReactNode
}

/** The frame of every signed-in page: skip link, header with language and sign-out, breadcrumbs, main. */
export function WorkspacePage({ locale, title, hrefFor, userName, crumbs = [], children }: Props) {
  const t = translator(locale)
  return (
    <>
      <title>{t('facilitator:meta.titleWith', { page: title })}</title>
      <meta name="robots" content="noindex, nofollow" />
      <a className="skip-link" href="#main">
        {t('facilitator:nav.skip')}
      </a>
      <header className="workspace-header">
        <div className="wrap header-inner">
          <a className="brand" href={paths.today(locale)}>
            {t('facilitator:meta.title')}
          </a>
          <LanguageSwitcher locale={locale} hrefFor={hrefFor} />
          {userName && (
            <form className="sign-out" method="post" action={paths.signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <span className="signed-in">{t('facilitator:nav.signedInAs', { name: userName })}</span>
              <button type="submit" className="button button-quiet">
                {t('facilitator:nav.signOut')}
              </button>
            </form>
          )}
        </div>
      </header>
      {crumbs.length > 0 && (
        <nav className="wrap breadcrumbs" aria-label={t('facilitator:nav.breadcrumbs')}>
          <ol>
            {crumbs.map((crumb, index) => (
              <li key={`${index}-${crumb.label}`}>{crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}</li>
            ))}
          </ol>
        </nav>
      )}
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
