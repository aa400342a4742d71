import { useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'

/**
 * Holds a just-created token for the reveal step, in component state only, and guards closing:
 * before anything was copied, a close request turns into a "Close without copying?" question.
 */
export function useOneTimeSecret() {
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const [copied, setCopied] = useState(false)
  const [confirmingClose, setConfirmingClose] = useState(false)

  return {
    created,
    confirmingClose,
    /** A string is shown and nothing was copied yet: leaving would lose it. */
    unsaved: created !== null && !copied,
    reveal(token: CreatedToken) {
      setCreated(token)
      setCopied(false)
      setConfirmingClose(false)
    },
    markCopied: () => setCopied(true),
    cancelClose: () => setConfirmingClose(false),
    /** Drops the secret. */
    clear() {
      setCreated(null)
      setCopied(false)
      setConfirmingClose(false)
    },
    /** True when the dialog may close now; otherwise asks first. */
    mayClose(): boolean {
      if (!created || copied) return true
      setConfirmingClose(true)
      return false
    },
  }
}
