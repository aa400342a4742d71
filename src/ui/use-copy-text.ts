import { useRef, useState } from 'react'

const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C'

/** What the last copy did, for the text it copied (a changed command shows no stale "Copied"). */
type CopyResult = { text: string; ok: true } | { text: string; ok: false; message: string }

/**
 * Copies a command and reports what really happened. A command is no secret: when the page
 * cannot use the clipboard (plain HTTP) or the browser refuses, the command's text is selected
 * for the keyboard shortcut instead, and the status says so.
 */
export function useCopyText(text: string) {
  const [last, setLast] = useState<CopyResult | null>(null)
  const textRef = useRef<HTMLPreElement>(null)

  function selectText(message: string) {
    const pre = textRef.current
    if (pre) {
      pre.focus()
      window.getSelection()?.selectAllChildren(pre)
    }
    setLast({ text, ok: false, message: `${message} The command is selected: press ${SHORTCUT} to copy it.` })
  }

  async function copy() {
    if (!navigator.clipboard?.writeText) return selectText('This page cannot use the clipboard (it needs HTTPS or localhost).')
    try {
      await navigator.clipboard.writeText(text)
      setLast({ text, ok: true })
    } catch {
      selectText('The browser refused to copy.')
    }
  }

  return { textRef, copy, result: last?.text === text ? last : null }
}
