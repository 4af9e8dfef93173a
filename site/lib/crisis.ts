import type { SiteSetting } from '../../cms/payload-types'

export type CrisisResource = NonNullable<SiteSetting['crisisResources']>[number]

export interface CrisisContact {
  kind: 'call' | 'text' | 'chat'
  href: string
  /** The number to call or text, or the chat address. */
  value: string
  /** A word to text (AYUDA), when the service asks for one. */
  keyword?: string
}

const dialable = (phone: string) => phone.replace(/[^\d+]/g, '')

/** Every way to reach one crisis resource, most direct first: call, text, chat. */
export function crisisContacts(resource: CrisisResource): CrisisContact[] {
  const contacts: CrisisContact[] = []
  if (resource.phone) contacts.push({ kind: 'call', href: `tel:${dialable(resource.phone)}`, value: resource.phone })
  if (resource.sms) {
    const keyword = resource.smsKeyword?.trim() || undefined
    const href = `sms:${dialable(resource.sms)}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`
    contacts.push({ kind: 'text', href, value: resource.sms, ...(keyword ? { keyword } : {}) })
  }
  if (resource.chatUrl && /^https:\/\//.test(resource.chatUrl)) contacts.push({ kind: 'chat', href: resource.chatUrl, value: resource.chatUrl })
  return contacts
}

/** The crisis resources of a locale, in the order editors chose (most urgent first). */
export function crisisResources(settings: Pick<SiteSetting, 'crisisResources'>): CrisisResource[] {
  return settings.crisisResources ?? []
}

/** The words on a contact's link: "Call 988", "Text AYUDA to 988", "Chat online". */
export function crisisContactLabel(contact: CrisisContact, t: (key: string, options?: Record<string, string | number>) => string): string {
  if (contact.kind === 'call') return t('common:crisis.call', { number: contact.value })
  if (contact.kind === 'text') return contact.keyword ? t('common:crisis.textKeyword', { number: contact.value, keyword: contact.keyword }) : t('common:crisis.text', { number: contact.value })
  return t('common:crisis.chat')
}
