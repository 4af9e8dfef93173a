import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, whatever directory a command runs from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the embedded database, the local secret and uploads live (git-ignored). */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, 'data'))
}
