import type { Payload } from 'payload'

/**
 * Starting crisis resources for a US deployment, in each shipped locale. They live in the CMS
 * (Site settings) so each program edits its own; this only fills an empty installation.
 */
export const defaultCrisisResources = {
  en: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description: 'Free, private help 24/7 for anyone in emotional distress or a suicidal crisis, or worried about someone else. Call or text 988, or chat online. Press 1 on a call for the Veterans Crisis Line.',
      phone: '988',
      sms: '988',
      chatUrl: 'https://988lifeline.org/chat',
      emergency: false,
    },
    { name: 'Emergency', description: 'If someone is in immediate danger, call 911.', phone: '911', emergency: true },
  ],
  es: [
    {
      name: 'Línea 988 de Prevención del Suicidio y Crisis',
      description: 'Ayuda gratis y privada las 24 horas para cualquier persona en crisis o preocupada por alguien. Llame al 988 y marque 2 para español, o envíe la palabra AYUDA por texto al 988.',
      phone: '988',
      sms: '988',
      smsKeyword: 'AYUDA',
      chatUrl: 'https://988lineadevida.org',
      emergency: false,
    },
    { name: 'Emergencias', description: 'Si alguien está en peligro inmediato, llame al 911.', phone: '911', emergency: true },
  ],
} as const

const navigation = {
  en: [
    { label: 'Education', path: '/education' },
    { label: 'For families', path: '/family' },
    { label: 'Exercises', path: '/exercises' },
    { label: 'A week in IOP', path: '/programs' },
    { label: 'Articles', path: '/articles' },
    { label: 'Get help now', path: '/help' },
  ],
  es: [
    { label: 'Educación', path: '/education' },
    { label: 'Para familias', path: '/family' },
    { label: 'Ejercicios', path: '/exercises' },
    { label: 'Una semana en el programa', path: '/programs' },
    { label: 'Artículos', path: '/articles' },
    { label: 'Ayuda ahora', path: '/help' },
  ],
} as const

/** Fills site settings on a new installation; leaves edited settings alone. */
export async function seedSiteSettings(payload: Payload): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'site-settings', locale: 'en', fallbackLocale: false })
  if ((current.crisisResources ?? []).length > 0) return false
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { organization: { name: 'Intensive Outpatient Program' }, crisisResources: [...defaultCrisisResources.en], navigation: [...navigation.en] },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'es',
    data: { organization: { name: 'Programa Intensivo Ambulatorio' }, crisisResources: [...defaultCrisisResources.es], navigation: [...navigation.es] },
  })
  return true
}
