import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../cms/access/roles'
import type { PsychoeducationModule, User } from '../../cms/payload-types'
import { createMarkdownConverter, type MarkdownConverter } from '../../cms/richText/markdown'
import { findTranslationWork, type LocaleWork } from '../../cms/translation/findTranslationWork'
import { translationStateOf } from '../../cms/translation/translationRecord'
import { startPayload, type TestPayload } from '../support/payloadHarness'
import { createRoleUsers } from '../support/users'

let harness: TestPayload
let payload: Payload
let users: Record<Role, User>
let md: MarkdownConverter
const mediaDir = mkdtempSync(path.join(tmpdir(), 'iop-translation-media-'))

/** Markdown as the Lexical state the editor saves, typed as the generated rich-text field. */
const lexical = (markdown: string) => md.toLexical(markdown) as unknown as NonNullable<PsychoeducationModule['body']>

beforeAll(async () => {
  process.env.MEDIA_DIR = mediaDir
  harness = await startPayload('translations')
  payload = harness.payload
  users = await createRoleUsers(payload)
  md = await createMarkdownConverter(payload.config)
})

afterAll(async () => {
  await harness?.stop()
  rmSync(mediaDir, { recursive: true, force: true })
})

const englishModule = (slug: string) => ({
  slug,
  title: `Sleep basics ${slug}`,
  summary: 'Why sleep matters for mood.',
  objectives: [{ text: 'Name one sleep habit.' }],
  keyPoints: [{ text: 'A steady bedtime helps.' }],
  tryThis: 'Go to bed at the same time for a week.',
  audience: 'all' as const,
  body: lexical('## Sleep\n\nSleep helps your mood.'),
})

const spanishModule = {
  title: 'Dormir bien',
  summary: 'Por qué el sueño importa para el ánimo.',
  objectives: [{ text: 'Nombrar un hábito de sueño.' }],
  keyPoints: [{ text: 'Una hora fija para acostarse ayuda.' }],
  tryThis: 'Acuéstese a la misma hora durante una semana.',
}

async function spanishState(id: number): Promise<string> {
  const doc = await payload.findByID({ collection: 'psychoeducation-modules', id, draft: true, user: users.translator, overrideAccess: false })
  return translationStateOf(doc.translationStatus, 'es', true)
}

async function workFor(role: Role): Promise<LocaleWork> {
  const work = await findTranslationWork(payload, { user: users[role] } as never)
  const spanish = work.find((entry) => entry.locale === 'es')
  if (!spanish) throw new Error('no Spanish work list')
  return spanish
}

const listed = (items: { collection: string; id: number | string }[], id: number, collection = 'psychoeducation-modules') => items.some((item) => item.collection === collection && item.id === id)

describe('translation status per document and locale', () => {
  it('is missing, then complete after a Spanish save, then outdated after a real edit of the English source', async () => {
    const designer = users['program-designer']
    const translator = users.translator
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: englishModule('translated'), draft: true, user: designer, overrideAccess: false })
    let work = await workFor('translator')
    expect(listed(work.missing, doc.id)).toBe(true)
    expect(listed(work.outdated, doc.id)).toBe(false)

    await payload.update({
      collection: 'psychoeducation-modules',
      id: doc.id,
      locale: 'es',
      data: { ...spanishModule, body: lexical('## El sueño\n\nDormir bien ayuda al ánimo.') },
      draft: true,
      user: translator,
      overrideAccess: false,
    })
    expect(await spanishState(doc.id)).toBe('complete')
    work = await workFor('translator')
    expect(listed(work.missing, doc.id)).toBe(false)
    expect(listed(work.outdated, doc.id)).toBe(false)

    // A change to a shared field leaves nothing to translate.
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'en', data: { audience: 'adult' }, draft: true, user: designer, overrideAccess: false })
    expect(await spanishState(doc.id)).toBe('complete')

    // A real edit of the English text, through the Local API, as the designer.
    await payload.update({
      collection: 'psychoeducation-modules',
      id: doc.id,
      locale: 'en',
      data: { body: lexical('## Sleep\n\nSleep helps your mood. A short walk in daylight helps too.') },
      draft: true,
      user: designer,
      overrideAccess: false,
    })
    expect(await spanishState(doc.id)).toBe('outdated')
    work = await workFor('translator')
    const item = work.outdated.find((each) => each.id === doc.id)
    expect(item).toMatchObject({ collection: 'psychoeducation-modules', title: 'Sleep basics translated', state: 'outdated' })
    expect(item?.sourceSavedAt && item.translationSavedAt && item.sourceSavedAt > item.translationSavedAt).toBe(true)

    // Saving the Spanish tab without changing its text (an editor publishing, say) does not mark it done…
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: { title: 'Dormir bien' }, draft: true, user: designer, overrideAccess: false })
    expect(await spanishState(doc.id)).toBe('outdated')
    // …a translator's save does: they have checked it against the new English.
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: { body: lexical('## El sueño\n\nDormir bien ayuda al ánimo. Una caminata corta con luz del día también ayuda.') }, draft: true, user: translator, overrideAccess: false })
    expect(await spanishState(doc.id)).toBe('complete')
    expect(listed((await workFor('translator')).outdated, doc.id)).toBe(false)
  })

  it('keeps the record with each version, so the history shows which English a translation followed', async () => {
    const doc = await payload.create({ collection: 'psychoeducation-modules', data: englishModule('versioned'), draft: true, user: users['program-designer'], overrideAccess: false })
    await payload.update({ collection: 'psychoeducation-modules', id: doc.id, locale: 'es', data: spanishModule, draft: true, user: users.translator, overrideAccess: false })
    const { docs } = await payload.findVersions({ collection: 'psychoeducation-modules', where: { parent: { equals: doc.id } }, sort: '-createdAt', depth: 0, user: users.translator, overrideAccess: false })
    expect(translationStateOf(docs[0]?.version.translationStatus, 'es', true)).toBe('complete')
    expect(translationStateOf(docs.at(-1)?.version.translationStatus, 'es', false)).toBe('missing')
  })

  it('lists session scripts as missing only where a program needs them in that language', async () => {
    const designer = users['program-designer']
    const script = (slug: string) => ({
      slug,
      title: `Script ${slug}`,
      goals: [{ text: 'Practice.' }],
      preparation: 'Read it.',
      safetyNote: 'Follow the risk protocol.',
      groupType: 'skills' as const,
      approach: 'cbt' as const,
      minutes: 60,
      segments: [{ name: 'Skill', minutes: 60 }],
    })
    const englishOnly = await payload.create({ collection: 'session-scripts', data: script('english-only'), draft: true, user: designer, overrideAccess: false })
    const needed = await payload.create({ collection: 'session-scripts', data: script('needed-in-spanish'), draft: true, user: designer, overrideAccess: false })
    await payload.create({
      collection: 'programs',
      data: {
        slug: 'bilingual-program',
        name: 'Bilingual program',
        summary: 'A program run in both languages.',
        audience: 'adult',
        delivery: 'rolling',
        weeks: 8,
        daysPerWeek: 3,
        hoursPerDay: 3,
        scriptLocales: ['en', 'es'],
        schedule: [{ week: 1, days: [{ day: 1, slots: [{ start: '09:00', minutes: 60, kind: 'skills-group', script: needed.id }] }] }],
      },
      draft: true,
      user: designer,
      overrideAccess: false,
    })
    const work = await workFor('translator')
    expect(listed(work.missing, needed.id, 'session-scripts')).toBe(true)
    expect(listed(work.missing, englishOnly.id, 'session-scripts')).toBe(false)
  })

  it('lists images without alt text in a language', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A calm lake at dawn' },
      file: { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), mimetype: 'image/svg+xml', name: 'lake.svg', size: 60 },
      user: users['program-designer'],
      overrideAccess: false,
    })
    expect((await workFor('translator')).mediaWithoutAlt).toContainEqual({ id: image.id, filename: 'lake.svg' })
    await payload.update({ collection: 'media', id: image.id, locale: 'es', data: { alt: 'Un lago tranquilo al amanecer' }, user: users.translator, overrideAccess: false })
    expect((await workFor('translator')).mediaWithoutAlt.some((media) => media.id === image.id)).toBe(false)
  })
})
