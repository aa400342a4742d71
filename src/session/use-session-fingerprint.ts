import { useEffect, useState } from 'react'

import type { Token } from '../backends/domain'
import { tokenFingerprint } from '../lib/fingerprint'
import { useSession } from './session-context'

/** Fingerprint of the token this console is connected with, to mark "this session" in lists. */
export function useSessionFingerprint(): string | undefined {
  const token = useSession()?.token
  const [result, setResult] = useState<{ token: string; fingerprint: string } | null>(null)
  useEffect(() => {
    if (!token) return
    let cancelled = false
    void tokenFingerprint(token).then((fingerprint) => {
      if (!cancelled) setResult({ token, fingerprint })
    })
    return () => {
      cancelled = true
    }
  }, [token])
  return result && result.token === token ? result.fingerprint : undefined
}

/**
 * Is this the token the console is connected with: `yes` when the fingerprint (InfluxDB 3) or the
 * product (`Token.session`) says so, `maybe` when the product cannot tell and it could be.
 */
export function sessionMatch(token: Token, sessionFingerprint: string | undefined): Token['session'] {
  if (sessionFingerprint !== undefined && token.fingerprint === sessionFingerprint) return 'yes'
  return token.session
}

export function useSessionMatch(token: Token): Token['session'] {
  return sessionMatch(token, useSessionFingerprint())
}
