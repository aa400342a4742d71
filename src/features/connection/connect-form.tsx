import { useState, type FormEvent } from 'react'
import { createInfluxClient } from '../../api/client'
import { describeError } from '../../api/describe-error'
import { isApiError } from '../../api/errors'
import type { Session } from '../../session/session-store'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/field'
import styles from './connect-form.module.css'

/** Why a connection attempt failed, in the operator's terms. */
function connectFailure(error: unknown): string {
  if (isApiError(error) && error.kind === 'http') {
    if (error.status === 401) return 'This token is not valid (or it has expired).'
    if (error.status === 403) return 'This token is not an admin token — token management needs an admin token.'
    if (error.status === 405) return 'This server runs without authentication, so it has no tokens to manage.'
  }
  if (isApiError(error) && error.kind === 'network') {
    return 'The server could not be reached, or the browser blocked its response. Check the address; for a server on another origin, use the proxy mode.'
  }
  return describeError(error)
}

/**
 * Server address and token; "Connect" proves the token works for admin tasks (ping, then a
 * token listing) before the session starts.
 */
export function ConnectForm({ onConnected }: { onConnected: (session: Session) => void }) {
  const [baseUrl, setBaseUrl] = useState('')
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    setError(null)
    const trimmedToken = token.trim()
    if (!trimmedToken) {
      setError('Enter a token.')
      return
    }
    setPending(true)
    try {
      const client = createInfluxClient({ baseUrl: baseUrl.trim(), token: trimmedToken })
      await client.ping()
      await client.listTokens()
      onConnected({ baseUrl: baseUrl.trim(), token: trimmedToken, demo: false })
    } catch (cause) {
      setError(connectFailure(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label="Server URL"
        hint="Leave empty to use the server this console is served with."
        placeholder="http://127.0.0.1:8181"
        value={baseUrl}
        onChange={(event) => setBaseUrl(event.target.value)}
        autoComplete="url"
      />
      <TextField
        label="Admin token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onChange={(event) => setToken(event.target.value)}
      />
      {error ? <Alert tone="error" title="Could not connect.">{error}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? 'Connecting…' : 'Connect'}
        </Button>
      </div>
    </form>
  )
}
