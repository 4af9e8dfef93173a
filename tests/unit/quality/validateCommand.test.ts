import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { copyShippedBundle, editFile } from '../../support/bundleCopy'

const root = path.resolve(import.meta.dirname, '../../..')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** `npm run curriculum -- validate <dir>` as an author runs it. */
function validate(dir: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'cms/cli/curriculum.ts'), 'validate', dir], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run curriculum -- validate runs the quality checks', () => {
  it('prints warnings and still passes a bundle that has only warnings', () => {
    const dir = copyShippedBundle()
    dirs.push(dir)
    editFile(dir, 'psychoeducation/thinking-traps.en.md', (t) => t.replace(/\n## /, '\nSome people call these thoughts nuts. They are common.\n\n## '))
    const { status, stdout, stderr } = validate(dir)
    expect(status, stderr).toBe(0)
    expect(stderr).toMatch(/^warning: psychoeducation\/thinking-traps\.en\.md body: line \d+ of the body: "nuts" is a slur that mocks people with mental health conditions\. Say what is really going on/m)
    expect(stdout).toMatch(/117 documents in .*: valid, with \d+ warnings? \(advice; they do not fail the bundle\)\./)
  })

  it('fails a bundle with a quality error, naming file, field and reason', () => {
    const dir = copyShippedBundle()
    dirs.push(dir)
    editFile(dir, 'family/family-crisis-plan.es.md', (t) => t.replace(/\n## /, '\nNo es cosa de locos.\n\n## '))
    const { status, stderr } = validate(dir)
    expect(status).toBe(1)
    expect(stderr).toMatch(/^family\/family-crisis-plan\.es\.md body: line \d+ of the body: "locos" es un insulto/m)
    expect(stderr).toMatch(/1 problem; nothing was changed\./)
  })
})
