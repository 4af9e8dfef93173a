import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a new installation (the first-user screen) must be able to run it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
