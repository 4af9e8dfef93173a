'use client'

/** The only script the workspace runs: the browser's print dialog, for a packet or a handout. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button print-button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
