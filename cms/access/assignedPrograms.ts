import type { PayloadRequest } from 'payload'

type Ref = number | string

/** The ids of the programs a user is assigned to run (Users.assignedPrograms), at any depth. */
export function assignedProgramIds(user: PayloadRequest['user'] | undefined | null): Ref[] {
  const assigned = (user as { assignedPrograms?: (Ref | { id: Ref })[] | null } | null | undefined)?.assignedPrograms ?? []
  return assigned.map((program) => (typeof program === 'object' ? program.id : program))
}

interface ScheduleRow {
  days?: { slots?: { script?: Ref | { id: Ref } | null }[] | null }[] | null
}

const scriptsByRequest = new WeakMap<object, Map<Ref, Promise<Ref[]>>>()

/**
 * The session scripts scheduled in the published version of the programs a user is assigned to.
 * Computed once per request and user: access runs for every document a request reads or
 * populates. Keyed on the request's context, which Local API calls made for one page render share.
 */
export function scriptIdsOfAssignedPrograms(req: PayloadRequest): Promise<Ref[]> {
  const key: object = req.context ?? req
  const byUser = scriptsByRequest.get(key) ?? new Map<Ref, Promise<Ref[]>>()
  scriptsByRequest.set(key, byUser)
  const userId = req.user?.id ?? ''
  let ids = byUser.get(userId)
  if (!ids) {
    ids = loadScriptIds(req)
    byUser.set(userId, ids)
  }
  return ids
}

async function loadScriptIds(req: PayloadRequest): Promise<Ref[]> {
  const programs = assignedProgramIds(req.user)
  if (programs.length === 0) return []
  // A nested Local API call sets the locale on the shared request; keep the caller's.
  const { locale, fallbackLocale } = req
  const { docs } = await req.payload
    .find({
      collection: 'programs',
      where: { and: [{ id: { in: programs } }, { _status: { equals: 'published' } }] },
      select: { schedule: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .finally(() => {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    })
  const ids = new Set<Ref>()
  for (const program of docs as { schedule?: ScheduleRow[] | null }[]) {
    for (const week of program.schedule ?? []) {
      for (const day of week.days ?? []) {
        for (const slot of day.slots ?? []) {
          if (slot.script !== null && slot.script !== undefined) ids.add(typeof slot.script === 'object' ? slot.script.id : slot.script)
        }
      }
    }
  }
  return [...ids]
}
