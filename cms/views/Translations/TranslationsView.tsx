import type { AdminViewServerProps } from 'payload'
import { defaultLocale, localeConfig, type LocaleCode } from '../../../curriculum/locales'
import { collectionLabel } from '../../i18n/adminLabels'
import { adminLocale } from '../../i18n/adminLocale'
import { translator, type Translate } from '../../i18n/translator'
import { findTranslationWork, type TranslationWorkItem } from '../../translation/findTranslationWork'
import { AdminViewFrame } from '../AdminViewFrame'

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—')

function WorkTable({ items, locale, adminRoute, outdated, language, t }: { items: TranslationWorkItem[]; locale: string; adminRoute: string; outdated: boolean; language: LocaleCode; t: Translate }) {
  const source = localeConfig(defaultLocale).label
  return (
    <table className="table" style={{ width: '100%' }}>
      <thead>
        <tr>
          <th scope="col">{t('admin:translations.sourceTitle', { source })}</th>
          <th scope="col">{t('admin:translations.type')}</th>
          {outdated && <th scope="col">{t('admin:translations.sourceChanged', { source })}</th>}
          {outdated && <th scope="col">{t('admin:translations.translationSaved')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}`}>
            <td>
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${locale}`}>{item.title}</a>
            </td>
            <td>{collectionLabel(item.collection, language, t)}</td>
            {outdated && <td>{day(item.sourceSavedAt)}</td>}
            {outdated && <td>{day(item.translationSavedAt)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Admin view for translators: per locale, what is missing, what fell behind its English source, and images without alt text. */
export async function TranslationsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const work = req.user ? await findTranslationWork(req.payload, req) : []
  const adminRoute = req.payload.config.routes.admin
  const language = adminLocale(req.i18n.language)
  const t = translator(language)
  return (
    <AdminViewFrame {...props}>
      <h1>{t('admin:translations.title')}</h1>
      <p>{t('admin:translations.intro', { source: localeConfig(defaultLocale).label })}</p>
      {work.map((entry) => {
        const label = localeConfig(entry.locale).label
        const nothing = entry.missing.length + entry.outdated.length + entry.mediaWithoutAlt.length === 0
        return (
          <section key={entry.locale} aria-labelledby={`translations-${entry.locale}`} style={{ marginBlock: '2rem' }}>
            <h2 id={`translations-${entry.locale}`}>
              {t('admin:translations.summary', { language: label, missing: entry.missing.length, outdated: entry.outdated.length, images: entry.mediaWithoutAlt.length })}
            </h2>
            {nothing && <p>{t('admin:translations.nothing')}</p>}
            {entry.outdated.length > 0 && (
              <>
                <h3>{t('admin:translations.outdated')}</h3>
                <WorkTable items={entry.outdated} locale={entry.locale} adminRoute={adminRoute} outdated language={language} t={t} />
              </>
            )}
            {entry.missing.length > 0 && (
              <>
                <h3>{t('admin:translations.missing')}</h3>
                <WorkTable items={entry.missing} locale={entry.locale} adminRoute={adminRoute} outdated={false} language={language} t={t} />
              </>
            )}
            {entry.mediaWithoutAlt.length > 0 && (
              <>
                <h3>{t('admin:translations.imagesWithoutAlt')}</h3>
                <ul>
                  {entry.mediaWithoutAlt.map((media) => (
                    <li key={media.id}>
                      <a href={`${adminRoute}/collections/media/${media.id}?locale=${entry.locale}`}>{media.filename}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )
      })}
    </AdminViewFrame>
  )
}
