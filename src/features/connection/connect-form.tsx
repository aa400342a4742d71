import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router-dom'

import type { ServerInfo } from '../../backends/domain'
import type { ProductId, Verification, VerifyInput } from '../../backends/port'
import { loadProduct, productLabel } from '../../backends/registry'
import type { AppConfig } from '../../session/app-config'
import { checkServerUrl } from '../../session/saved-servers'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/field'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './connect-form.module.css'

export interface Connected {
  product: ProductId
  baseUrl: string
  token: string
  remember: boolean
  info: ServerInfo
}

/**
 * Server and token; "Connect" verifies before anything is kept. In proxy and demo mode the
 * server is fixed and shown; in direct mode the user types (or picks) its address.
 */
/** Loads the product's code if need be (its download can fail too), then checks the credential. */
async function verifyWith(product: ProductId, input: VerifyInput): Promise<Verification> {
  let module
  try {
    module = await loadProduct(product)
  } catch {
    return {
      ok: false,
      title: 'The console could not load its code for this product.',
      detail: 'The network may have dropped, or the console was updated meanwhile: reload the page and try again.',
    }
  }
  return module.verify(input)
}

export function ConnectForm({
  config,
  initialUrl = '',
  lockedUrl = false,
  onConnected,
}: {
  config: AppConfig
  initialUrl?: string
  lockedUrl?: boolean
  onConnected: (connected: Connected) => void
}) {
  const id = useId()
  const direct = config.mode === 'direct'
  const [url, setUrl] = useState(initialUrl)
  const [token, setToken] = useState('')
  const [showToken, setShowToken] = useState(false)
  const [remember, setRemember] = useState(false)
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null)
  const [pending, setPending] = useState(false)
  const errors = useErrorTiming<'url' | 'token'>()

  const urlCheck = direct ? checkServerUrl(url) : ({ ok: true, url: '' } as const)
  const tokenError = token.trim() === '' ? 'Enter the token.' : null

  async function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (pending || !urlCheck.ok || tokenError) return
    setFailure(null)
    setPending(true)
    const baseUrl = urlCheck.url
    const trimmed = token.trim()
    const result = await verifyWith(config.product, {
      baseUrl,
      token: trimmed,
      mode: config.mode,
      timeoutMs: config.timeoutMs,
    })
    setPending(false)
    if (result.ok) onConnected({ product: config.product, baseUrl, token: trimmed, remember, info: result.info })
    else setFailure({ title: result.title, detail: result.detail })
  }

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Connect to ${productLabel(config.product)}`}
    >
      {direct ? (
        <>
          <TextField
            label="Server URL"
            value={url}
            readOnly={lockedUrl}
            placeholder="http://127.0.0.1:8181"
            autoComplete="url"
            spellCheck={false}
            error={errors.shown('url', urlCheck.ok ? null : urlCheck.error)}
            onChange={(event) => {
              setUrl(event.target.value)
              errors.change('url', event.target.value)
            }}
          />
          <Alert tone="warning" title="Direct mode: the browser will hide error details.">
            InfluxDB 3 sends no CORS headers with its errors, so from this page the browser cannot read why a request failed. For
            clear errors, start the console with <code>INFLUXDB3_HOST_URL</code> set and use its proxy.
          </Alert>
        </>
      ) : (
        <p className={styles.server}>
          Server:{' '}
          <strong>{config.mode === 'demo' ? 'the built-in demo server (a mock InfluxDB 3 in this tab)' : config.server}</strong>
          {config.mode === 'proxy' ? ' (through this console’s proxy)' : null}
        </p>
      )}

      <div className={styles.tokenRow}>
        <TextField
          id={`${id}-token`}
          className={styles.tokenField}
          label="Admin token"
          type={showToken ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={token}
          placeholder="apiv3_…"
          hint="The operator token or a named admin token. It stays in this tab unless you ask to remember it."
          error={errors.shown('token', tokenError)}
          onChange={(event) => {
            setToken(event.target.value)
            errors.change('token', event.target.value)
          }}
        />
        <Button
          className={styles.reveal}
          aria-pressed={showToken}
          aria-controls={`${id}-token`}
          onClick={() => setShowToken((v) => !v)}
        >
          {showToken ? 'Hide token' : 'Show token'}
        </Button>
      </div>

      {config.mode === 'demo' ? null : (
        <div className={styles.remember}>
          <label>
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} /> Remember on this
            device
          </label>
          {remember ? (
            <p className={styles.warning} id={`${id}-remember`}>
              The token will be stored in this browser’s local storage: anyone who uses this browser profile can act as an admin
              on the server. Use it only on a machine that is yours alone.
            </p>
          ) : null}
        </div>
      )}

      {failure ? (
        <Alert tone="error" title={failure.title}>
          {failure.detail}
        </Alert>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? 'Connecting…' : 'Connect'}
        </Button>
        <Link to="/connection/lost-operator-token">Lost the operator token?</Link>
      </div>
    </form>
  )
}
