/**
 * The one-time reveal of a token string. The secret exists only in the props of this step,
 * held in its parent's state, and is gone when the dialog closes. Copy reports real success
 * or failure; without the Clipboard API (plain-HTTP origins) the text is selected instead.
 */
import { type ReactNode, useId, useRef, useState } from 'react'

import { useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions } from '../../../ui/dialog'
import { CheckIcon, WarningIcon } from '../../../ui/icons'
import styles from './token-reveal.module.css'
import type { useOneTimeSecret } from './use-one-time-secret'

type CopyState = { target: string; ok: true } | { target: string; ok: false; message: string } | null

const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C'

export function TokenReveal({
  name,
  secret,
  confirmingClose,
  onCopied,
  onCancelClose,
  onRequestClose,
  onClose,
  notice,
}: {
  name: string
  secret: string
  /** Shown under the warning: what the console learned about the new token since. */
  notice?: ReactNode
  confirmingClose: boolean
  onCopied: () => void
  onCancelClose: () => void
  /** Done: closes, or asks first when nothing was copied yet. */
  onRequestClose: () => void
  /** Closes for good ("Close without copying"). */
  onClose: () => void
}) {
  const [copy, setCopy] = useState<CopyState>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const idBase = useId()

  const { reveal } = useProductScreens()
  const snippets = reveal.snippets(secret)

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

  if (confirmingClose) {
    return (
      <div className={styles.reveal}>
        <Alert tone="warning" title="Close without copying?">
          The token “{name}” will not be shown again. If you close now, the only way to get a working string is to create a new
          token.
        </Alert>
        <DialogActions>
          <Button onClick={onCancelClose} autoFocus>
            Go back to the token
          </Button>
          <Button variant="danger" onClick={onClose}>
            Close without copying
          </Button>
        </DialogActions>
      </div>
    )
  }

  return (
    <div className={styles.reveal}>
      <Alert tone="warning" title="Copy this token now: you will not see it again.">
        {reveal.kept} Store it in your secret manager before you close this dialog.
      </Alert>
      {notice}
      <label htmlFor={`${idBase}-secret`} className={styles.label}>
        Token string
      </label>
      <textarea
        id={`${idBase}-secret`}
        ref={fieldRef}
        className={styles.secret}
        readOnly
        rows={2}
        value={secret}
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className={styles.snippets}>
        {snippets.map((snippet) => (
          <div key={snippet.id} className={styles.snippet}>
            {snippet.id === 'token' ? null : <code className={styles.code}>{snippet.text}</code>}
            <Button
              variant={snippet.id === 'token' ? 'primary' : 'secondary'}
              onClick={() => void copyText(snippet.id, snippet.text)}
              aria-label={snippet.id === 'token' ? 'Copy token' : `Copy ${snippet.label.toLowerCase()} snippet`}
            >
              {snippet.id === 'token' ? 'Copy token' : `Copy ${snippet.label.toLowerCase()} snippet`}
            </Button>
          </div>
        ))}
      </div>
      <div role="status" className={styles.copyStatus}>
        {copy === null ? null : copy.ok ? (
          <span className={styles.ok}>
            <CheckIcon /> {copy.target === 'token' ? 'Token copied to the clipboard.' : 'Snippet copied to the clipboard.'}
          </span>
        ) : (
          <span className={styles.failed}>
            <WarningIcon /> {copy.message}
          </span>
        )}
      </div>
      <DialogActions>
        <Button variant="primary" onClick={onRequestClose}>
          Done
        </Button>
      </DialogActions>
    </div>
  )
}

export interface RevealStepProps {
  secret: ReturnType<typeof useOneTimeSecret>
  /** Close, asking "Close without copying?" first when nothing was copied. */
  onRequestClose: () => void
  /** Close for good. */
  onClose: () => void
  notice?: ReactNode
}

/** The reveal wired to the state of `useOneTimeSecret`, as every dialog that creates a token uses it. */
export function RevealStep({ secret, onRequestClose, onClose, notice }: RevealStepProps) {
  if (!secret.created) return null
  return (
    <TokenReveal
      name={secret.created.name}
      secret={secret.created.secret}
      confirmingClose={secret.confirmingClose}
      onCopied={secret.markCopied}
      onCancelClose={secret.cancelClose}
      onRequestClose={onRequestClose}
      onClose={onClose}
      notice={notice}
    />
  )
}
