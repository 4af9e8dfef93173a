import config from '@payload-config'
import { getPayload } from 'payload'
import { servePreviewFile } from '../../../../../../preview/previewHandlers'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, context: { params: Promise<{ token: string; page?: string[] }> }): Promise<Response> {
  const { token, page = [] } = await context.params
  return servePreviewFile(await getPayload({ config }), request, token, page)
}
