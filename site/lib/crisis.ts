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
