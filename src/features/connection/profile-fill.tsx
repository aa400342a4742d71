/**
 * Fills the connect form from the product's CLI configuration (influxctl's `config.toml`). The
 * text is read in the browser and dropped at once; only what a profile names for the fields
 * reaches the form — never a token — and nothing is stored unless the user then saves a server.
 * What was filled, and what the profile holds that was not used, is said in a live region.
 */
import { useId, useRef, useState } from 'react'

import type { ConnectProfile, ConnectProfileSource } from '../../backends/product-screens'
import { isProductId, type ProductId, productLabel } from '../../backends/registry'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { CheckIcon, InfoIcon, WarningIcon } from '../../ui/icons'
import { ProfileChoice } from './profile-choice'
import styles from './profile-fill.module.css'
import { ProfileInput } from './profile-input'

/** What filling from a profile did: the labels of the fields it filled, and what it did not use. */
export interface Filled {
  fields: readonly string[]
  notes: readonly string[]
}

interface Status {
  /** Filled, something to know (a choice to make, nothing to fill), or a profile for another product: an icon says it too. */
  tone: 'filled' | 'info' | 'other'
  title: string
  notes?: readonly string[]
  /** A profile for another product, which the user may switch to. */
  other?: ConnectProfile
}

const ICONS = { filled: CheckIcon, info: InfoIcon, other: WarningIcon } as const

const productName = (product: string) => (isProductId(product) ? productLabel(product) : `“${product}”`)
const listed = (labels: readonly string[]) =>
  labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`

export function ProfileFill({
  source,
  product,
  onFill,
  onSwitch,
}: {
  source: ConnectProfileSource
  product: ProductId
  onFill: (profile: ConnectProfile) => Filled
  /** Picks the profile's product, then fills (null: the switch failed); absent where the product is fixed. */
  onSwitch?: ((product: ProductId, profile: ConnectProfile) => Promise<Filled | null>) | undefined
}) {
  const id = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  /** How many texts were read: a new file's choice starts afresh. */
  const reads = useRef(0)
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [choices, setChoices] = useState<{ profiles: readonly ConnectProfile[]; read: number } | null>(null)
  const [status, setStatus] = useState<Status | null>(null)

  function read(text: string) {
    const result = source.read(text)
    reads.current += 1
    setError(result.ok ? null : result.error)
    setStatus(null)
    setChoices(null)
    if (!result.ok) return
    const [first, ...more] = result.profiles
    if (more.length > 0) {
      setChoices({ profiles: result.profiles, read: reads.current })
      setStatus({ tone: 'info', title: `This file has ${result.profiles.length} profiles: choose the one to fill from.` })
    } else if (first) fillFromProfile(first)
  }

  function fillFromProfile(profile: ConnectProfile) {
    if (profile.product === product) return done(profile, onFill(profile))
    setStatus({
      tone: 'other',
      title: `The profile “${profile.name}” is for ${productName(profile.product)}, not ${productLabel(product)}: nothing was filled.`,
      other: profile,
    })
  }

  function done(profile: ConnectProfile, filled: Filled) {
    setChoices(null)
    setOpen(false)
    setStatus({
      tone: filled.fields.length ? 'filled' : 'info',
      title: filled.fields.length
        ? `Filled ${listed(filled.fields)} from the profile “${profile.name}”.`
        : `The profile “${profile.name}” has nothing for this form’s fields.`,
      notes: [...filled.notes, ...profile.notes],
    })
    // The panel closes under the focus: it goes back to the control that opened it.
    toggle.current?.focus()
  }

  async function switchAndFill(other: ConnectProfile) {
    if (!onSwitch || !isProductId(other.product)) return
    const filled = await onSwitch(other.product, other)
    if (filled) done(other, filled)
  }

  const other = status?.other
  return (
    <div className={styles.profile}>
      <Button
        ref={toggle}
        className={styles.toggle}
        id={`${id}-toggle`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {source.label}
      </Button>
      {open ? (
        <div id={`${id}-panel`} role="group" aria-labelledby={`${id}-toggle`} className={styles.panel}>
          <p className={styles.hint}>{source.hint}</p>
          <ProfileInput
            accept={source.accept}
            onText={read}
            onError={(message) => {
              setError(message)
              setStatus(null)
            }}
          />
          {error ? (
            <Alert tone="error" title="Nothing was filled.">
              {error}
            </Alert>
          ) : null}
          {choices ? (
            <ProfileChoice key={choices.read} choices={choices.profiles} productName={productName} onChoose={fillFromProfile} />
          ) : null}
        </div>
      ) : null}
      <div role="status" className={styles.status}>
        {status ? (
          <p className={styles.statusTitle}>
            {ICONS[status.tone]()} {status.title}
          </p>
        ) : null}
        {status?.notes?.length ? (
          <ul className={styles.notes}>
            {status.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {other && onSwitch && isProductId(other.product) ? (
          <div>
            <Button onClick={() => void switchAndFill(other)}>Switch to {productName(other.product)} and fill</Button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
