import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../curriculum/locales'
import { checkLanguage, parseAllowances, type Allowance } from '../../../curriculum/quality'
import { fieldUnits } from '../../../curriculum/quality/documentText'

function flagged(locale: LocaleCode, text: string, allowances: Allowance[] = []) {
  return checkLanguage(fieldUnits({ summary: text }), { document: 'articles/sample', locale, allowances }).findings
}
const rules = (locale: LocaleCode, text: string) => flagged(locale, text).map((f) => f.rule)

describe('stigmatizing words in English', () => {
  it.each([
    ['He is an addict.', 'addict'],
    ['Recovering addicts share their stories.', 'addict'],
    ['Nobody wants to be called a junkie.', 'junkie'],
    ['The group is for drug abusers.', 'abuser'],
    ['She was treated for substance abuse.', 'substance-abuse'],
    ['He was abusing alcohol every weekend.', 'substance-abuse'],
    ['Her father was an alcoholic.', 'alcoholic'],
    ['He has been clean for six months.', 'clean-dirty'],
    ['She has 90 days clean.', 'clean-dirty'],
    ['His urine test came back dirty.', 'clean-dirty'],
    ['A dirty drug screen means a talk with the team.', 'clean-dirty'],
    ['He fell off the wagon last spring.', 'fell-off-the-wagon'],
    ['Her brother committed suicide.', 'committed-suicide'],
    ['That sounds crazy.', 'crazy'],
    ['He acted like a psycho.', 'crazy'],
    ['The lunatic in the story is a cliché.', 'crazy'],
    ['She suffers from depression.', 'suffers-from'],
    ['He is a depressive.', 'defined-by-diagnosis'],
    ['Services for the mentally ill are scarce.', 'defined-by-diagnosis'],
  ])('flags %j', (text, rule) => {
    expect(rules('en', text)).toContain(rule)
  })

  it.each([
    'A person with a substance use disorder deserves care.',
    'Addiction is a treatable condition.',
    'Keep the kitchen clean and the fridge stocked.',
    'Clean your teeth before bed.',
    'Alcoholic drinks can make sleep worse.',
    'Try a non-alcoholic drink instead.',
    'Child abuse and sexual abuse are forms of trauma.',
    'She tested negative.',
    'He returned to use and came back to group.',
    'A depressive episode can last weeks.',
    'He died by suicide.',
    'She lives with depression.',
    'The National Institute on Drug Abuse funds research.',
    'The Substance Abuse and Mental Health Services Administration runs the 988 Lifeline.',
    'The National Institute on Alcohol Abuse and Alcoholism has a guide.',
    'Some people go to Alcoholics Anonymous meetings.',
  ])('passes %j', (text) => {
    expect(flagged('en', text)).toEqual([])
  })

  it('says what is wrong and what to write instead, on the field it is in', () => {
    const [finding] = checkLanguage(fieldUnits({ keyPoints: ['Be kind.', 'Never call anyone an addict.'] }), { document: 'articles/sample', locale: 'en', allowances: [] }).findings
    expect(finding).toEqual({
      check: 'language',
      rule: 'addict',
      severity: 'error',
      locale: 'en',
      field: 'keyPoints.1',
      path: ['keyPoints', 1],
      message: '"addict" labels a person by a health condition.',
      suggestion: 'Say "person with a substance use disorder" or "person who uses drugs".',
    })
  })
})

describe('stigmatizing words in Spanish', () => {
  it.each([
    ['Él es adicto.', 'adicto'],
    ['Los drogadictos también merecen atención.', 'drogadicto'],
    ['Lo trataron como a un toxicómano.', 'drogadicto'],
    ['El abuso de sustancias afecta a la familia.', 'abuso-de-sustancias'],
    ['Abusaba del alcohol los fines de semana.', 'abuso-de-sustancias'],
    ['Su padre era alcohólico.', 'alcoholico'],
    ['Su padre era alcoholico.', 'alcoholico'],
    ['Lleva seis meses limpio.', 'limpio-sucio'],
    ['La prueba de orina salió sucia.', 'limpio-sucio'],
    ['Su hermano cometió suicidio.', 'cometio-suicidio'],
    ['Eso suena loco.', 'loco'],
    ['Se portó como un psicópata.', 'loco'],
    ['Ella sufre de depresión.', 'sufre-de'],
    ['Es un depresivo.', 'definido-por-diagnostico'],
  ])('flags %j', (text, rule) => {
    expect(rules('es', text)).toContain(rule)
  })

  it('flags "se suicidó" as a warning with the safer wording', () => {
    const [finding] = flagged('es', 'Su tío se suicidó el año pasado.')
    expect(finding).toMatchObject({ rule: 'se-suicido', severity: 'warning', suggestion: 'Diga "murió por suicidio".' })
  })

  it.each([
    'Una persona con un trastorno por consumo de sustancias merece atención.',
    'La adicción tiene tratamiento.',
    'Mantenga la cocina limpia.',
    'Evite las bebidas alcohólicas antes de dormir.',
    'Pruebe una bebida no alcohólica.',
    'El abuso sexual es una forma de trauma.',
    'El resultado fue negativo.',
    'Murió por suicidio.',
    'Vive con depresión.',
    'Un episodio depresivo puede durar semanas.',
    'El Instituto Nacional sobre el Abuso de Drogas publica guías.',
    'La Administración de Servicios de Salud Mental y Abuso de Sustancias financia la línea 988.',
    'Algunas personas van a Alcohólicos Anónimos.',
    'Es un círculo vicioso.',
  ])('passes %j', (text) => {
    expect(flagged('es', text)).toEqual([])
  })
})

describe('safe messaging on suicide', () => {
  it.each([
    ['en', 'He hanged himself in the garage.', 'suicide-method'],
    ['en', 'She jumped off the bridge.', 'suicide-method'],
    ['en', 'He took a lethal dose of pills to end his life by suicide.', 'suicide-method-in-context'],
    ['en', 'It was a successful suicide.', 'successful-suicide'],
    ['en', 'After a failed suicide attempt he got help.', 'successful-suicide'],
    ['en', 'For him, suicide seemed like the only way out.', 'suicide-as-solution'],
    ['en', 'Suicide was the solution to her pain.', 'suicide-as-solution'],
    ['en', 'His suicide was inevitable.', 'suicide-as-inevitable'],
    ['es', 'Se ahorcó en su casa.', 'metodo-suicidio'],
    ['es', 'Se tiró desde un puente.', 'metodo-suicidio'],
    ['es', 'Tomó una dosis letal para suicidarse.', 'metodo-en-contexto'],
    ['es', 'Fue un suicidio exitoso.', 'suicidio-exitoso'],
    ['es', 'El suicidio le pareció la única salida.', 'suicidio-como-solucion'],
    ['es', 'Su suicidio era inevitable.', 'suicidio-inevitable'],
  ] as const)('flags %s %j', (locale, text, rule) => {
    const findings = flagged(locale, text)
    expect(findings.map((f) => f.rule)).toContain(rule)
    expect(findings.find((f) => f.rule === rule)?.check).toBe('safe-messaging')
  })

  it.each([
    ['en', 'If you have thoughts of suicide, call or text 988. Help works, and these thoughts pass.'],
    ['en', 'Ask the care team how to lock up or remove things that could be used for self-harm.'],
    ['en', 'Finding a solution to a money problem can ease stress.'],
    ['en', 'Give them space and a way out of the room.'],
    ['en', 'Call 911 right away if someone has overdosed.'],
    ['en', 'Suicide is not inevitable: most people who get help live.'],
    ['en', 'Suicide is never the answer, and help is there.'],
    ['es', 'Si tiene pensamientos de suicidio, llame o envíe un texto al 988. La ayuda funciona.'],
    ['es', 'Buscar una solución a un problema de dinero puede bajar el estrés.'],
    ['es', 'Llame al 911 si sospecha una sobredosis.'],
    ['es', 'El suicidio no es inevitable: la mayoría de las personas que reciben ayuda sigue con vida.'],
    ['es', 'El suicidio nunca es la solución, y hay ayuda.'],
  ] as const)('passes %s %j', (locale, text) => {
    expect(flagged(locale, text)).toEqual([])
  })
})

it('warns, without failing, when a sentence about suicide speaks of relief or escape', () => {
  expect(flagged('en', 'He thought suicide would bring relief.').map((f) => [f.rule, f.severity])).toEqual([['suicide-as-relief', 'warning']])
  expect(flagged('es', 'Pensó que el suicidio le daría alivio.').map((f) => [f.rule, f.severity])).toEqual([['suicidio-como-alivio', 'warning']])
})

describe('allowances', () => {
  const allowances = parseAllowances({
    about: 'test',
    allowances: [{ document: 'articles/sample', locale: 'en', terms: ['addict'], reason: 'The article quotes the word to teach a better one.' }],
  })

  it('lets a quoted term through an allowance for its document, and records the use', () => {
    const result = checkLanguage(fieldUnits({ summary: 'Instead of "addict", say "person with a substance use disorder".' }), { document: 'articles/sample', locale: 'en', allowances })
    expect(result.findings).toEqual([])
    expect(result.allowed).toEqual([expect.objectContaining({ term: 'addict', field: 'summary', text: 'addict', allowance: allowances[0] })])
  })

  it('still flags the same word used plainly, in another document, or another locale', () => {
    const units = fieldUnits({ summary: 'He is an addict.' })
    expect(checkLanguage(units, { document: 'articles/sample', locale: 'en', allowances }).findings.map((f) => f.rule)).toEqual(['addict'])
    const quoted = fieldUnits({ summary: 'Instead of "addict", say "person".' })
    expect(checkLanguage(quoted, { document: 'articles/other', locale: 'en', allowances }).findings.map((f) => f.rule)).toEqual(['addict'])
    const spanish = fieldUnits({ summary: 'En lugar de "adicto", diga "persona".' })
    expect(checkLanguage(spanish, { document: 'articles/sample', locale: 'es', allowances }).findings.map((f) => f.rule)).toEqual(['adicto'])
  })

  it('refuses an allowance without a real reason or with a malformed document name', () => {
    expect(() => parseAllowances({ about: '', allowances: [{ document: 'articles/sample', locale: 'en', terms: ['addict'], reason: 'ok' }] })).toThrow(/reason/)
    expect(() => parseAllowances({ about: '', allowances: [{ document: 'words-matter', locale: 'en', terms: ['addict'], reason: 'The article quotes the word to teach.' }] })).toThrow(/<folder>\/<slug>/)
  })
})

describe('retext-equality under our English list', () => {
  it.each([
    ['He acted like a total moron.', 'equality:nuts', 'Say what is really going on'],
    ['That plan is nuts.', 'equality:nuts', 'Say what is really going on'],
    ['People who are mentally ill deserve care.', 'equality:nuts', 'Say "person living with depression"'],
    ['The chairman opened the family meeting.', 'equality:chairman-chairwoman', 'Consider "chair"'],
    ['That excuse is lame.', 'equality:lame', 'Consider "boring"'],
    ['They made a suicide pact.', 'equality:suicide-pact', 'Give facts plainly'],
  ])('warns on %j, with our suggestion where we have one', (text, rule, suggestion) => {
    const [finding, ...rest] = flagged('en', text)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ rule, severity: 'warning', check: 'language', source: 'retext-equality', field: 'summary' })
    expect(finding?.suggestion).toContain(suggestion)
  })

  it.each([
    'Binge eating disorder is treatable.',
    'My son has bipolar disorder, and my sister helps.',
    'A panic attack feels scary, and it passes.',
    'Mental health care works.',
    'CBT for insomnia helps many people sleep.',
    'Just notice your breath. It is a simple, easy practice.',
    'She stays in bed because depression drains her energy.',
    'Practice DEAR MAN with a partner.',
    'Alcoholic drinks can make sleep worse.',
    'Hang out with people who support you.',
  ])('passes %j: a clinical term, plain words, or a word our list decides in context', (text) => {
    expect(flagged('en', text)).toEqual([])
  })

  it('reports a word once: our error, not a second warning from retext-equality', () => {
    expect(flagged('en', 'That sounds crazy.').map((f) => [f.rule, f.severity])).toEqual([['crazy', 'error']])
    expect(flagged('en', 'He is an addict.').map((f) => [f.rule, f.severity])).toEqual([['addict', 'error']])
  })

  it('does not run on Spanish text, which our own Spanish list checks', () => {
    expect(flagged('es', 'El presidente (chairman) abrió la reunión.')).toEqual([])
  })

  it('lets its findings through an allowance, by our entry id or by "equality:<rule>", and records each use', () => {
    const allowances = parseAllowances({
      about: 'test',
      allowances: [
        { document: 'articles/sample', locale: 'en', terms: ['crazy'], scope: 'anywhere', reason: 'The article lists slurs to avoid, in its own words.' },
        { document: 'articles/sample', locale: 'en', terms: ['equality:lame'], scope: 'quoted', reason: 'The article quotes a word to avoid beside a better one.' },
      ],
    })
    const mapped = checkLanguage(fieldUnits({ summary: 'Words like moron and nuts hurt.' }), { document: 'articles/sample', locale: 'en', allowances })
    expect(mapped.findings).toEqual([])
    expect(mapped.allowed.map((use) => [use.term, use.text])).toEqual([['crazy', 'moron'], ['crazy', 'nuts']])
    const quoted = checkLanguage(fieldUnits({ summary: 'Instead of "that is so lame", say "that is boring".' }), { document: 'articles/sample', locale: 'en', allowances })
    expect(quoted.findings).toEqual([])
    expect(quoted.allowed.map((use) => use.term)).toEqual(['equality:lame'])
    const plain = checkLanguage(fieldUnits({ summary: 'That is so lame.' }), { document: 'articles/sample', locale: 'en', allowances })
    expect(plain.findings.map((f) => f.rule)).toEqual(['equality:lame'])
  })
})
