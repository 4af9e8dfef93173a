import config from '@payload-config'
import { getPayload } from 'payload'
import { previewDraft } from '../../../../../../preview/previewHandlers'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, context: { params: Promise<{ collection: string; id: string }> }): Promise<Response> {
  const { collection, id } = await context.params
  return previewDraft(await getPayload({ config }), request, collection, id)
}
