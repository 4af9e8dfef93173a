/**
 * The editorial quality engine: plain language, stigma-free words, safe messaging on suicide and
 * content accessibility. Pure TypeScript over Markdown and plain fields, so the bundle validator,
 * the tests and the CMS (on save) all run the same checks.
 */
export { checkDocumentQuality, type QualityInput, type QualityReport } from './checkDocument'
export type { QualityCheck, QualityFinding, QualitySeverity } from './findings'
export { checkReadability } from './checkReadability'
export { checkLanguage, type AllowedUse } from './checkLanguage'
export { checkAccessibility } from './checkAccessibility'
export { readabilityScores, textStats, formulas, syllablesOf, type ReadabilityFormula, type TextStats } from './readability'
export { englishSyllables } from './syllablesEnglish'
export { spanishSyllables } from './syllablesSpanish'
export { readabilityTargets, type ReadabilityTarget, type Readership } from './targets'
export { shippedAllowances, parseAllowances, type Allowance } from './allowances'
export { bodyUnits, fieldUnits } from './documentText'
export { qualitySnapshot, type QualitySnapshot, type ScoreSnapshot } from './snapshot'
