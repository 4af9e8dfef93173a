import { readdirSync, readFileSync } from 'node:fs'

/** The ids of the processes whose parent is `pid` (Linux /proc). */
export function childProcessesOf(pid: number): { pid: number; command: string }[] {
  const children: { pid: number; command: string }[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name in /proc/<pid>/stat is in parentheses and may hold spaces; the parent id follows it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (parent === pid) children.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() })
    } catch {
      // the process ended while we looked
    }
  }
  return children
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function waitUntil<T>(what: string, check: () => T | undefined | false, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = check()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
}
