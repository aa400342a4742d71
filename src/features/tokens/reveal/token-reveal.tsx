/**
 * The one-time reveal of a token string. The secret exists only in the props of this step,
 * held in its parent's state, and is gone when the dialog closes. Copy reports real success
 * or failure; without the Clipboard API (plain-HTTP origins) the text is selected instead.
 */
import { type ReactNode, useId } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import { useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions } from '../../../ui/dialog'
import { CopyStatus } from './copy-status'
import { RevealSnippets } from './reveal-snippets'
import styles from './token-reveal.module.css'
import { TokenTestPanel } from './token-test-panel'
import { useCopySecret } from './use-copy-secret'
import type { useOneTimeSecret } from './use-one-time-secret'
import { type TokenTest, useTokenTest } from './use-token-test'

export function TokenReveal({
  name,
  secret,
  confirmingClose,
  onCopied,
  onCancelClose,
  onRequestClose,
  onClose,
  notice,
  after,
}: {
  name: string
  secret: string
  /** Shown under the warning: what the console learned about the new token since. */
  notice?: ReactNode
  /** Under the copy buttons: the token's test, or a workflow built on it (Replace's checklist). */
  after?: ReactNode
  confirmingClose: boolean
  onCopied: () => void
  onCancelClose: () => void
  /** Done: closes, or asks first when nothing was copied yet. */
  onRequestClose: () => void
  /** Closes for good ("Close without copying"). */
  onClose: () => void
}) {
  const { copy, fieldRef, copyText } = useCopySecret(onCopied)
  const idBase = useId()

  const { reveal } = useProductScreens()
  const snippets = reveal.snippets(secret)

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
      {reveal.note ? <p className={styles.note}>{reveal.note}</p> : null}
      {notice}
      <label htmlFor={`${idBase}-secret`} className={styles.label}>
        Token string
      </label>
      <textarea
        id={`${idBase}-secret`}
        ref={fieldRef}
        className={styles.secret}
        readOnly
        rows={1}
        // One line that scrolls sideways, never broken across lines (token-reveal.module.css).
        wrap="off"
        value={secret}
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.currentTarget.select()}
      />
      <RevealSnippets snippets={snippets} onCopy={(target, text) => void copyText(target, text)} />
      <CopyStatus copy={copy} />
      {after}
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
  /** In place of the plain "Test this token": a workflow that runs the test itself. */
  tools?: (test: TokenTest) => ReactNode
}

/** The reveal wired to the state of `useOneTimeSecret`, as every dialog that creates a token uses it. */
export function RevealStep(props: RevealStepProps) {
  // A new token starts its test afresh.
  return props.secret.created ? <RevealWithTest key={props.secret.created.id} {...props} created={props.secret.created} /> : null
}

function RevealWithTest({
  secret,
  onRequestClose,
  onClose,
  notice,
  tools,
  created,
}: RevealStepProps & { created: CreatedToken }) {
  const test = useTokenTest(created)
  return (
    <TokenReveal
      name={created.name}
      secret={created.secret}
      confirmingClose={secret.confirmingClose}
      onCopied={secret.markCopied}
      onCancelClose={secret.cancelClose}
      onRequestClose={onRequestClose}
      onClose={onClose}
      notice={notice}
      after={tools ? tools(test) : test.connected ? <TokenTestPanel test={test} /> : null}
    />
  )
}
