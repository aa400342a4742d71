/**
 * Leak check: the operator pastes a token string found where it should not be; the browser
 * hashes it and the fingerprints the server lists say which token it is. The string is never
 * sent, stored or logged: it lives in the field until Check, which clears the field first.
 */
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { leakMatches, sha512Hex } from '../../../lib/leak-match'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/field'
import styles from './leak-check.module.css'
import { LeakMatches } from './leak-matches'

export interface LeakResult {
  fingerprint: string
  matches: Token[]
}

export function LeakCheck() {
  const backend = useBackend()
  const { noLeakCheck } = useProductScreens()
  const tokens = useQuery({ ...tokenListQuery(backend), enabled: noLeakCheck === undefined })
  const [text, setText] = useState('')
  const [result, setResult] = useState<LeakResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  if (noLeakCheck !== undefined) {
    return (
      <Alert tone="info" title="A leak check is not possible on this server.">
        {noLeakCheck}
      </Alert>
    )
  }

  async function check(event: FormEvent) {
    event.preventDefault()
    const pasted = text.trim()
    setText('')
    if (pasted === '') return
    setFailure(null)
    const hash = await sha512Hex(pasted)
    // Against the server's list as it is now, not as it was when the page opened.
    const fresh = await tokens.refetch()
    if (fresh.data === undefined) {
      setResult(null)
      setFailure(describeError(fresh.error))
      return
    }
    setResult({ fingerprint: hash.slice(0, 9), matches: leakMatches(hash, fresh.data) })
  }

  return (
    <div className={styles.check}>
      <form className={styles.form} onSubmit={(event) => void check(event)}>
        <TextField
          label="Token string"
          hint="Hashed in this browser (SHA-512) and compared with the fingerprints the server lists. The string is not sent anywhere, and the field is cleared when you check."
          className={styles.masked}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-1p-ignore=""
          data-lpignore="true"
        />
        <div>
          <Button type="submit" variant="primary">
            Check
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {failure ? (
          <Alert tone="error" title="Could not read the server’s tokens.">
            {failure}
          </Alert>
        ) : result ? (
          <LeakMatches result={result} />
        ) : null}
      </div>
    </div>
  )
}
