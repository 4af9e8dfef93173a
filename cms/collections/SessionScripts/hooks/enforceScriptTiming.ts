import type { CollectionBeforeChangeHook } from 'payload'
import { checkScriptTiming } from '../../../../curriculum/rules/programRules'
import { isHeldToRules } from '../../../workflow/isHeldToRules'
import { rejectRuleViolations } from '../../../workflow/rejectRuleViolations'

interface SegmentRow {
  minutes?: number | null
}

/** A script submitted or published must have segments that add up to its length (the rule lives in curriculum/rules). */
export const enforceScriptTiming: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  if (!isHeldToRules(data, originalDoc)) return data
  const minutes = (data.minutes ?? originalDoc?.minutes) as number | undefined
  const segments = (data.segments ?? originalDoc?.segments) as SegmentRow[] | undefined
  if (minutes === undefined || !segments) return data
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'default'
  const violations = checkScriptTiming({ minutes, segmentMinutesByLocale: { [locale]: segments.map((s) => s.minutes ?? 0) } })
  rejectRuleViolations(violations, collection.slug, req)
  return data
}
