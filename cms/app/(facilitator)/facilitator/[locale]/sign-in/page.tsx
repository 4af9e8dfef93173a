import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { translator } from '../../../../../i18n/translator'
import { workspaceLocale } from '../../../../../facilitator/locale'
import { paths, safeReturnPath } from '../../../../../facilitator/paths'
import { WorkspacePage } from '../../../../../facilitator/components/WorkspacePage'
import { signedInUser } from '../../../../../facilitator/next/signedInUser'

interface Props {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string; error?: string; signedOut?: string }>
}

/** Sign in with a staff account; a password manager may fill it (autocomplete), nothing to solve. */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = workspaceLocale((await params).locale)
  if (!locale) notFound()
  const { next, error, signedOut } = await searchParams
  const returnTo = safeReturnPath(next, paths.today(locale))
  const payload = await getPayload({ config })
  const user = await signedInUser(payload, await headers())
  if (user) redirect(returnTo)
  const t = translator(locale)
  const message = error === 'locked' ? t('facilitator:signIn.locked') : error === 'missing' ? t('facilitator:signIn.missing') : error ? t('facilitator:signIn.invalid') : undefined
  return (
    <WorkspacePage locale={locale} title={t('facilitator:signIn.title')} hrefFor={(other) => paths.signIn(other, returnTo.replace(`/facilitator/${locale}`, `/facilitator/${other}`))}>
      <h1>{t('facilitator:signIn.title')}</h1>
      <p>{t('facilitator:signIn.intro')}</p>
      {signedOut && !message && (
        <p className="notice" role="status">
          {t('facilitator:signIn.signedOut')}
        </p>
      )}
      {message && (
        <p className="notice notice-error" role="alert" id="sign-in-error">
          {message}
        </p>
      )}
      <form className="sign-in-form" method="post" action={paths.signInAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={returnTo} />
        <p>
          <label htmlFor="email">{t('facilitator:signIn.email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={message ? 'sign-in-error' : undefined} />
        </p>
        <p>
          <label htmlFor="password">{t('facilitator:signIn.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </p>
        <p>
          <button type="submit" className="button">
            {t('facilitator:signIn.submit')}
          </button>
        </p>
      </form>
    </WorkspacePage>
  )
}
