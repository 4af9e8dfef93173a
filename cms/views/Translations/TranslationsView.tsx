import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { defaultLocale, localeConfig } from '../../../curriculum/locales'
import { findTranslationWork, type TranslationWorkItem } from '../../translation/findTranslationWork'

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—')

function WorkTable({ items, locale, adminRoute, outdated }: { items: TranslationWorkItem[]; locale: string; adminRoute: string; outdated: boolean }) {
  return (
    <table className="table" style={{ width: '100%' }}>
      <thead>
        <tr>
          <th scope="col">Title ({localeConfig(defaultLocale).label})</th>
          <th scope="col">Type</th>
          {outdated && <th scope="col">{localeConfig(defaultLocale).label} changed</th>}
          {outdated && <th scope="col">Translation saved</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}`}>
            <td>
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${locale}`}>{item.title}</a>
            </td>
            <td>{item.collection.replace(/-/g, ' ')}</td>
            {outdated && <td>{day(item.sourceSavedAt)}</td>}
            {outdated && <td>{day(item.translationSavedAt)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Admin view for translators: per locale, what is missing, what fell behind its English source, and images without alt text. */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const work = req.user ? await findTranslationWork(req.payload, req) : []
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
        <h1>Translations to do</h1>
        <p>
          For each language: documents not translated yet, translations that are outdated because the {localeConfig(defaultLocale).label} changed after
          they were last saved, and images without alt text. Session scripts are listed as missing only where a program needs them in that language.
        </p>
        {work.map((entry) => {
          const label = localeConfig(entry.locale).label
          const nothing = entry.missing.length + entry.outdated.length + entry.mediaWithoutAlt.length === 0
          return (
            <section key={entry.locale} aria-labelledby={`translations-${entry.locale}`} style={{ marginBlock: '2rem' }}>
              <h2 id={`translations-${entry.locale}`}>
                {label}: {entry.missing.length} missing, {entry.outdated.length} outdated, {entry.mediaWithoutAlt.length} images without alt text
              </h2>
              {nothing && <p>Everything is translated and up to date.</p>}
              {entry.outdated.length > 0 && (
                <>
                  <h3>Outdated</h3>
                  <WorkTable items={entry.outdated} locale={entry.locale} adminRoute={adminRoute} outdated />
                </>
              )}
              {entry.missing.length > 0 && (
                <>
                  <h3>Missing</h3>
                  <WorkTable items={entry.missing} locale={entry.locale} adminRoute={adminRoute} outdated={false} />
                </>
              )}
              {entry.mediaWithoutAlt.length > 0 && (
                <>
                  <h3>Images without alt text</h3>
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
      </div>
    </DefaultTemplate>
  )
}
