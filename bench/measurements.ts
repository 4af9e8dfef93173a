import { adminList } from './adminList'
import { apiLatency } from './apiLatency'
import { importRate } from './importRate'
import type { Measurement } from './measurement'
import { pageWeight } from './pageWeight'
import { facilitatorPage } from './facilitatorPage'
import { publish } from './publish'
import { searchLatency } from './searchLatency'

/**
 * Every benchmark, in the order a full run takes them (each names what it needs from the shared
 * context, so any one runs alone with `--only <name>`). Add a measurement here, one module each.
 */
export const measurements: Measurement[] = [importRate, publish, pageWeight, searchLatency, apiLatency, adminList, facilitatorPage]
