import { useRef, useState } from 'react'

/** What the last copy did, for the status line: which snippet, and whether it reached the clipboard. */
export type CopyState = { target: string; ok: true } | { target: string; ok: false; message: string } | null

const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C'

/**
 * Copies the token or a snippet and reports real success or failure. Without the Clipboard API
 * (plain-HTTP origins), or when the browser refuses, the token string in `fieldRef` is selected
 * for the keyboard shortcut instead. `onCopied` runs when the string reached the clipboard, or
 * was selected because the page cannot use it.
 */
export function useCopySecret(onCopied: () => void) {
  const [copy, setCopy] = useState<CopyState>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)

  function selectSecret() {
    fieldRef.current?.focus()
    fieldRef.current?.select()
  }

  async function copyText(target: string, text: string) {
    if (!navigator.clipboard?.writeText) {
      selectSecret()
      setCopy({
        target,
        ok: false,
        message: `This page cannot use the clipboard (it needs HTTPS or localhost). The token is selected: press ${SHORTCUT} to copy it.`,
      })
      onCopied()
      return
    }
    try {
      await navigator.clipboard.writeText(text)
      setCopy({ target, ok: true })
      onCopied()
    } catch {
      selectSecret()
      setCopy({
        target,
        ok: false,
        message: `The browser refused to copy. The token is selected: press ${SHORTCUT} to copy it.`,
      })
    }
  }

  return { copy, fieldRef, copyText }
}
