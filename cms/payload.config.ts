import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import { defaultLocale, locales, type LocaleConfig } from '../curriculum/locales'
import { Articles } from './collections/Articles'
import { Cohorts } from './collections/Cohorts'
import { Conditions } from './collections/Conditions'
import { FamilyModules } from './collections/FamilyModules'
import { HolisticExercises } from './collections/HolisticExercises'
import { Media } from './collections/Media'
import { Programs } from './collections/Programs'
import { PsychoeducationModules } from './collections/PsychoeducationModules'
import { ScriptViews } from './collections/ScriptViews'
import { SessionScripts } from './collections/SessionScripts'
import { Users } from './collections/Users'
import { databaseAdapter } from './database/adapter'
import { prepareDatabase } from './database/prepareDatabase'
import { projectRoot } from './database/paths'
import { payloadSecret } from './database/secret'
import { SiteSettings } from './globals/SiteSettings'
import { editorFeatures } from './richText/editorFeatures'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_URL ?? '',
  db: databaseAdapter(),
  editor: lexicalEditor({ features: editorFeatures }),
  collections: [Programs, SessionScripts, PsychoeducationModules, FamilyModules, HolisticExercises, Articles, Conditions, Media, Cohorts, ScriptViews, Users],
  globals: [SiteSettings],
  localization: {
    locales: (locales as readonly LocaleConfig[]).map((locale) => ({ code: locale.code, label: locale.label, rtl: locale.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  // The admin in English or Spanish (each person picks in their account); our own views follow it.
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · IOP Curricula' },
    // The default avatar is a local image; Gravatar would send staff emails' hashes to a third party.
    avatar: 'default',
    components: {
      views: {
        reviewDue: { Component: '/views/ReviewDue/ReviewDueView#ReviewDueView', path: '/review-due' },
        translations: { Component: '/views/Translations/TranslationsView#TranslationsView', path: '/translations' },
      },
      afterNavLinks: ['/views/ReviewDue/ReviewDueNavLink#ReviewDueNavLink', '/views/Translations/TranslationsNavLink#TranslationsNavLink'],
    },
    importMap: { baseDir: path.join(projectRoot, 'cms'), importMapFile: path.join(projectRoot, 'cms/app/(payload)/admin/importMap.js') },
  },
  jobs: {
    // Scheduled publishing creates jobs; without a running queue nothing would ever fire.
    autoRun: [{ cron: '* * * * *', limit: 20, queue: 'default' }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  typescript: { outputFile: path.join(projectRoot, 'cms/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  onInit: prepareDatabase,
  graphQL: { disable: true },
})
