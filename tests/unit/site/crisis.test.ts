import { describe, expect, it } from 'vitest'
import { crisisContactLabel, crisisContacts, crisisResources } from '../../../site/lib/crisis'
import { translator } from '../../../site/lib/i18n'
import { defaultCrisisResources } from '../../../cms/seed/siteSettings'

describe('crisis contacts', () => {
  it('offers call, text with the keyword, and chat for the Spanish 988 line', () => {
    const [lifeline] = defaultCrisisResources.es
    expect(crisisContacts({ ...lifeline })).toEqual([
      { kind: 'call', href: 'tel:988', value: '988' },
      { kind: 'text', href: 'sms:988?body=AYUDA', value: '988', keyword: 'AYUDA' },
      { kind: 'chat', href: 'https://988lineadevida.org', value: 'https://988lineadevida.org' },
    ])
  })

  it('offers only a call for an emergency number, and dials only digits', () => {
    expect(crisisContacts({ name: 'Emergency', description: 'Call', phone: '9-1-1', emergency: true })).toEqual([{ kind: 'call', href: 'tel:911', value: '9-1-1' }])
  })

  it('never links a chat that is not https', () => {
    expect(crisisContacts({ name: 'x', description: 'y', chatUrl: 'javascript:alert(1)' })).toEqual([])
  })

  it('keeps the order editors chose', () => {
    expect(crisisResources({ crisisResources: [...defaultCrisisResources.en] }).map((r) => r.phone)).toEqual(['988', '911'])
    expect(crisisResources({ crisisResources: null })).toEqual([])
  })

  it('labels each contact in the reader’s language', () => {
    const [lifeline] = defaultCrisisResources.es
    expect(crisisContacts({ ...lifeline }).map((c) => crisisContactLabel(c, translator('es')))).toEqual(['Llame al 988', 'Envíe AYUDA al 988', 'Chat en línea'])
    const [english] = defaultCrisisResources.en
    expect(crisisContacts({ ...english }).map((c) => crisisContactLabel(c, translator('en')))).toEqual(['Call 988', 'Text 988', 'Chat online'])
  })
})
