import type { LocaleCode } from '../locales'
import type { ContentTypeDefinition } from '../schemas/contentType'
import type { ReadabilityFormula } from './readability'

export type Readership = ContentTypeDefinition['readership']

/**
 * One formula's target. `limit` is the line an error is raised at (publishing above it needs a
 * reviewer's override); `aim` is where we want the text, and missing it is a warning.
 * Grade formulas are "at most", ease formulas "at least".
 */
export interface FormulaTarget {
  formula: ReadabilityFormula
  limit?: number
  aim?: number
}

export interface LocaleReadabilityTarget {
  formulas: FormulaTarget[]
  /**
   * "all": every limit must hold. "any": one is enough, for formulas that measure the same thing
   * on different scales (Fernández-Huerta and INFLESZ), where the content rules accept either.
   */
  limitsNeeded: 'all' | 'any'
}

export interface ReadabilityTarget {
  /** Who the target is written for, for messages. */
  readers: string
  /** Below this many words a score says little; shorter texts are not scored. */
  minWords: number
  locales: Partial<Record<LocaleCode, LocaleReadabilityTarget>>
}

/** Higher is easier for ease scores, lower is easier for grades. */
export const lowerIsEasier: Record<ReadabilityFormula, boolean> = {
  fleschKincaidGrade: true,
  fleschReadingEase: false,
  fernandezHuerta: false,
  inflesz: false,
}

/**
 * Plain language for everyone who is not a facilitator (domain brief, section 3): English at
 * Flesch-Kincaid grade 8 at most, aiming at grade 6; Spanish at Fernández-Huerta 60 or more
 * ("normal for adults"), aiming at 70, or INFLESZ 55 or more.
 */
const plainLanguage: Omit<ReadabilityTarget, 'readers'> = {
  minWords: 100,
  locales: {
    en: {
      formulas: [
        { formula: 'fleschKincaidGrade', limit: 8, aim: 6 },
        { formula: 'fleschReadingEase', aim: 60 },
      ],
      limitsNeeded: 'all',
    },
    es: {
      formulas: [
        { formula: 'fernandezHuerta', limit: 60, aim: 70 },
        { formula: 'inflesz', limit: 55, aim: 65 },
      ],
      limitsNeeded: 'any',
    },
  },
}

/** Targets per readership of a content type; facilitator material is not held to them. */
export const readabilityTargets: Record<Readership, ReadabilityTarget | null> = {
  patients: { readers: 'patients', ...plainLanguage },
  families: { readers: 'families', ...plainLanguage },
  public: { readers: 'the public, patients and families', ...plainLanguage },
  facilitators: null,
}
