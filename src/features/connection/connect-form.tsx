/**
 * Server, product and credential; "Connect" verifies before anything is kept. In proxy and demo
 * mode the server and product are fixed and shown; in direct mode the user picks the product and
 * types (or picks) the address. A credential that reaches several scopes (InfluxDB 2's orgs)
 * asks which one before connecting.
 */
import { type FormEvent, type ReactNode, useState } from 'react'
import { Link } from 'react-router-dom'

import type { ServerInfo } from '../../backends/domain'
import type { ScopeChoice as Choice } from '../../backends/port'
import type { ConnectProfile, ConnectWords } from '../../backends/product-screens'
import type { ProductId, ProductModule } from '../../backends/registry'
import { loadProduct, productLabel } from '../../backends/registry'
import type { AppConfig } from '../../session/app-config'
import { checkServerUrl } from '../../session/saved-servers'
import { useProductModuleOf } from '../../session/session-context'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { useErrorTiming } from '../../ui/use-error-timing'
import { ProductField, RememberField, ScopeFields, ServerField, TokenField } from './connect-fields'
import styles from './connect-form.module.css'
import { type Filled, ProfileFill } from './profile-fill'
import { ScopeChoice } from './scope-choice'
import { verifyWith } from './verify-with'

export interface Connected {
  product: ProductId
  scope: Readonly<Record<string, string>>
  baseUrl: string
  token: string
  remember: boolean
  info: ServerInfo
}

type Verified = Omit<Connected, 'scope'> & { choices: readonly Choice[] }

/** What an offer beside the form (a fresh server's first token) needs: the server, and a way to connect with a token. */
export interface FormTarget {
  product: ProductId
  /** The address as typed, or null while it is not a valid one. */
  baseUrl: string | null
  onToken: (token: string) => void
}

export function ConnectForm({
  config,
  product: fixedProduct,
  initialUrl = '',
  initialScope,
  lockedUrl = false,
  onConnected,
  offer,
}: {
  config: AppConfig
  /** The product to connect to, fixed (a reconnect); otherwise the configured one, or the user's pick in direct mode. */
  product?: ProductId | undefined
  initialUrl?: string
  /** The scope fields' values to start from (a reconnect: the session's account and cluster). */
  initialScope?: Readonly<Record<string, string>> | undefined
  lockedUrl?: boolean
  onConnected: (connected: Connected) => void
  /** Rendered below the form (the app puts the fresh-server offer there). */
  offer?: ((target: FormTarget) => ReactNode) | undefined
}) {
  const direct = config.mode === 'direct'
  const [picked, setPicked] = useState<ProductId>(fixedProduct ?? config.product)
  const [switching, setSwitching] = useState(false)
  const product = fixedProduct ?? (direct ? picked : config.product)
  const { connect: words, adminTokenGuide } = useProductModuleOf(product).screens
  const [url, setUrl] = useState(initialUrl)
  const [scope, setScope] = useState<Record<string, string>>(() => ({ ...initialScope }))
  const [token, setToken] = useState('')
  const [remember, setRemember] = useState(false)
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null)
  const [pending, setPending] = useState(false)
  const [verified, setVerified] = useState<Verified | null>(null)
  const errors = useErrorTiming<string>()

  const urlCheck = direct ? checkServerUrl(url, { originOnly: words.originOnly }) : ({ ok: true, url: '' } as const)
  const tokenError = token.trim() === '' ? 'Enter the token.' : null
  const fields = words.scopeFields ?? []
  const scopeError = (key: string) => {
    const value = (scope[key] ?? '').trim()
    if (value === '') return 'Enter it: the product needs it to find your cluster.'
    return fields.find((field) => field.key === key)?.check?.(value) ?? null
  }
  const fieldsValid = fields.every((field) => scopeError(field.key) === null)
  const typedScope = Object.fromEntries(fields.map((field) => [field.key, (scope[field.key] ?? '').trim()]))

  /** The product's code first (it loads on demand), then its words: the form never blanks while it loads. */
  function switchTo(next: ProductId): Promise<ProductModule | null> {
    setSwitching(true)
    setFailure(null)
    return loadProduct(next)
      .then(
        (module) => {
          setPicked(next)
          return module
        },
        () => {
          setFailure({
            title: 'The console could not load its code for this product.',
            detail: 'Reload the page and try again.',
          })
          return null
        },
      )
      .finally(() => setSwitching(false))
  }

  /** A profile's address and scope into the fields this product's form has (`into`); what it filled. */
  function fillFrom(profile: ConnectProfile, into: ConnectWords): Filled {
    const fields: string[] = []
    const notes: string[] = []
    if (profile.url !== undefined && direct && !lockedUrl) {
      setUrl(profile.url)
      errors.change('url', profile.url)
      fields.push('Server URL')
    } else if (profile.url !== undefined) {
      notes.push(`This console’s server is fixed, so the profile’s address (${profile.url}) was not used.`)
    }
    for (const field of into.scopeFields ?? []) {
      const value = profile.scope[field.key]
      if (value === undefined) continue
      setScope((current) => ({ ...current, [field.key]: value }))
      errors.change(field.key, value)
      fields.push(field.label)
    }
    return { fields, notes }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (pending || !urlCheck.ok || tokenError || !fieldsValid) return
    await connectWith(urlCheck.url, token.trim())
  }

  async function connectWith(baseUrl: string, token: string) {
    setFailure(null)
    setPending(true)
    const input = {
      baseUrl,
      token,
      mode: config.mode,
      timeoutMs: config.timeoutMs,
      scope: typedScope,
    }
    const result = await verifyWith(product, input)
    setPending(false)
    if (!result.ok) return setFailure({ title: result.title, detail: result.detail })
    const base = { product, baseUrl: input.baseUrl, token: input.token, remember, info: result.info }
    const choices = result.scopes ?? []
    if (choices.length > 1) return setVerified({ ...base, choices })
    onConnected({ ...base, scope: { ...typedScope, ...choices[0]?.scope } })
  }

  if (verified) {
    const { choices, ...base } = verified
    return (
      <ScopeChoice
        choices={choices}
        onBack={() => setVerified(null)}
        onChoose={(c) => onConnected({ ...base, scope: c.scope })}
      />
    )
  }

  return (
    <>
      <form
        className={styles.form}
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={`Connect to ${productLabel(product)}`}
      >
        {direct && !fixedProduct ? <ProductField value={picked} onChange={(next) => void switchTo(next)} /> : null}
        {words.profile ? (
          <ProfileFill
            source={words.profile}
            product={product}
            onFill={(profile) => fillFrom(profile, words)}
            onSwitch={
              direct && !fixedProduct
                ? async (next, profile) => {
                    const module = await switchTo(next)
                    return module && fillFrom(profile, module.screens.connect)
                  }
                : undefined
            }
          />
        ) : null}
        <ServerField
          config={config}
          words={words}
          product={product}
          url={url}
          lockedUrl={lockedUrl}
          error={errors.shown('url', urlCheck.ok ? null : urlCheck.error)}
          onChange={(value) => {
            setUrl(value)
            errors.change('url', value)
          }}
        />
        <ScopeFields
          words={words}
          values={scope}
          errors={(key) => errors.shown(key, scopeError(key))}
          onChange={(key, value) => {
            setScope((current) => ({ ...current, [key]: value }))
            errors.change(key, value)
          }}
        />
        <TokenField
          words={words}
          value={token}
          error={errors.shown('token', tokenError)}
          onChange={(value) => {
            setToken(value)
            errors.change('token', value)
          }}
        />
        {config.mode === 'demo' ? null : <RememberField value={remember} onChange={setRemember} />}
        {failure ? (
          <Alert tone="error" title={failure.title}>
            {failure.detail}
          </Alert>
        ) : null}
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={pending || switching} aria-busy={pending || switching || undefined}>
            {pending ? 'Connecting…' : 'Connect'}
          </Button>
          {words.lostTokenHelp ? <Link to="/connection/lost-operator-token">Lost the operator token?</Link> : null}
          {adminTokenGuide ? <Link to={`/${product}/admin-token`}>Using the admin token? How to get it</Link> : null}
        </div>
      </form>
      {offer?.({
        product,
        baseUrl: urlCheck.ok ? urlCheck.url : null,
        onToken: (created) => void connectWith(urlCheck.ok ? urlCheck.url : '', created),
      })}
      {words.firstRun ? (
        <Alert tone="info" title={words.firstRun.title}>
          {words.firstRun.body} <code>{words.firstRun.command}</code>
        </Alert>
      ) : null}
    </>
  )
}
