import type { ReactNode } from 'react'
import { defaultLocale, localeConfig } from '../../../../../curriculum/locales'
import { workspaceLocale } from '../../../../facilitator/locale'
import '../../../../facilitator/workspace.css'

/** The workspace's own document: its language and direction, and nothing loaded from elsewhere. */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const config = localeConfig(workspaceLocale(locale) ?? defaultLocale)
  return (
    <html lang={config.htmlLang} dir={config.dir}>
      <body>{children}</body>
    </html>
  )
}
