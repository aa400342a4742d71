/** The connect form's parts: which product (direct mode), its scope fields, the token, remembering it. */
import { useId, useState } from 'react'

import type { ConnectWords } from '../../backends/product-screens'
import type { ProductId } from '../../backends/registry'
import { productChoices, productLabel } from '../../backends/registry'
import type { AppConfig } from '../../session/app-config'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/field'
import styles from './connect-form.module.css'

/** Where the server is: typed (direct mode, with what to know about it), or fixed and shown. */
export function ServerField({
  config,
  words,
  product,
  url,
  lockedUrl,
  error,
  onChange,
}: {
  config: AppConfig
  words: ConnectWords
  product: ProductId
  url: string
  lockedUrl: boolean
  error: string | null | undefined
  onChange: (url: string) => void
}) {
  if (config.mode !== 'direct') {
    return (
      <p className={styles.server}>
        Server:{' '}
        <strong>
          {config.mode === 'demo' ? `the built-in demo server (a mock ${productLabel(product)} in this tab)` : config.server}
        </strong>
        {config.mode === 'proxy' ? ' (through this console’s proxy)' : null}
      </p>
    )
  }
  return (
    <>
      <TextField
        label="Server URL"
        value={url}
        readOnly={lockedUrl}
        placeholder={words.urlPlaceholder}
        autoComplete="url"
        spellCheck={false}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      {words.directModeNote ? (
        <Alert tone="warning" title={words.directModeNote.title}>
          {words.directModeNote.body}
        </Alert>
      ) : null}
    </>
  )
}

/** The products the console serves; the form's words and checks follow the choice. */
export function ProductField({ value, onChange }: { value: ProductId; onChange: (product: ProductId) => void }) {
  const id = useId()
  const choices = productChoices()
  return (
    <div className={styles.productField}>
      <label htmlFor={id}>Product</label>
      <select id={id} value={value} onChange={(event) => onChange(choices.find((c) => c.id === event.target.value)?.id ?? value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** What the product needs beside address and token (Cloud Dedicated's account and cluster). */
export function ScopeFields({
  words,
  values,
  errors,
  onChange,
}: {
  words: ConnectWords
  values: Readonly<Record<string, string>>
  errors: (key: string) => string | null | undefined
  onChange: (key: string, value: string) => void
}) {
  return (
    <>
      {(words.scopeFields ?? []).map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          placeholder={field.placeholder}
          value={values[field.key] ?? ''}
          autoComplete="off"
          spellCheck={false}
          error={errors(field.key)}
          onChange={(event) => onChange(field.key, event.target.value)}
        />
      ))}
    </>
  )
}

/** The token, hidden unless asked; its label and hint are the product's. */
export function TokenField({
  words,
  value,
  error,
  onChange,
}: {
  words: ConnectWords
  value: string
  error: string | null | undefined
  onChange: (value: string) => void
}) {
  const id = useId()
  const [shown, setShown] = useState(false)
  return (
    <div className={styles.tokenRow}>
      <TextField
        id={`${id}-token`}
        className={styles.tokenField}
        label={words.tokenLabel}
        type={shown ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={words.tokenPlaceholder}
        hint={words.tokenHint}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      <Button className={styles.reveal} aria-pressed={shown} aria-controls={`${id}-token`} onClick={() => setShown((v) => !v)}>
        {shown ? 'Hide token' : 'Show token'}
      </Button>
    </div>
  )
}

/** "Remember on this device", and what that means once ticked. */
export function RememberField({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className={styles.remember}>
      <label>
        <input type="checkbox" checked={value} onChange={(event) => onChange(event.target.checked)} /> Remember on this device
      </label>
      {value ? (
        <p className={styles.warning}>
          The token will be stored in this browser’s local storage: anyone who uses this browser profile can act as an admin on
          the server. Use it only on a machine that is yours alone.
        </p>
      ) : null}
    </div>
  )
}
