import { useEffect, useState } from 'react'

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
