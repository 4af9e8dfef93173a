import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { formatProblem } from '../../curriculum/format/problems'
import { readBundle } from '../../curriculum/format/readBundle'

export const shippedBundle = path.resolve(import.meta.dirname, '../../curriculum/content')

/** A private copy of the shipped bundle to break on purpose. */
export function copyShippedBundle(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iop-bundle-'))
  cpSync(shippedBundle, dir, { recursive: true })
  return dir
}

export function editFile(dir: string, relative: string, edit: (text: string) => string): void {
  const file = path.join(dir, relative)
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}

/** The problems `validate` reports for the shipped bundle after `defect` breaks a copy of it. */
export function problemsOfBrokenBundle(defect: (dir: string) => void): string[] {
  const dir = copyShippedBundle()
  try {
    defect(dir)
    return readBundle(dir).problems.map(formatProblem)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
