/**
 * The admin-token page of a product whose admin token the console cannot reach (Clustered: a
 * Kubernetes secret). It needs no session: an operator reads it to get in. For the namespace
 * typed, the product's guide writes the commands; nothing here runs them or reads the secret.
 */
import { useState } from 'react'

import type { AdminTokenGuide } from '../../backends/product-guides'
import { Alert } from '../../ui/alert'
import { TextField } from '../../ui/field'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './admin-token.module.css'
import { CommandSteps } from './command-steps'
import { RevokeSection } from './revoke-section'
import { TokenFileCheck } from './token-file-check'

export function AdminTokenGuidePage({ guide, product }: { guide: AdminTokenGuide; product: string }) {
  const [namespace, setNamespace] = useState(guide.defaultNamespace)
  const [directory, setDirectory] = useState('')
  const errors = useErrorTiming<'namespace' | 'directory'>()
  const namespaceCheck = guide.checkNamespace(namespace)
  const directoryCheck = guide.checkDirectory(directory)
  const where =
    namespaceCheck.ok && directoryCheck.ok ? { namespace: namespaceCheck.value, directory: directoryCheck.value } : null
  const fixFirst = <p className={styles.blocked}>Fix the fields above to see the commands.</p>

  return (
    <article className={styles.page}>
      <h1 className={styles.title}>{product} admin token</h1>
      <Alert tone="warning" title="For development and testing only">
        InfluxData’s documentation says the admin token is for development and testing purposes only, and not to be used in a
        production cluster: there, connect influxctl to your identity provider.
      </Alert>
      <p>
        {product} generates an admin token for managing databases and database tokens, and keeps it in the Kubernetes secret{' '}
        <code>admin-token</code> of your InfluxDB namespace. influxctl (2.2.0 or later) can use it instead of your identity
        provider.
      </p>
      <section aria-labelledby="cannot-do">
        <h2 id="cannot-do">What this console cannot do</h2>
        <ul className={styles.cannot}>
          <li>
            Run <code>kubectl</code> or read the secret: it never reaches your cluster’s Kubernetes API. It writes the commands;
            you run them.
          </li>
          <li>
            Revoke the admin token by itself. Nothing revokes that token but rotating the cluster’s keys: the runbook below.
          </li>
        </ul>
      </section>

      <section aria-labelledby="get-token">
        <h2 id="get-token">Get the admin token</h2>
        <div className={styles.fields}>
          <TextField
            label="Namespace"
            hint={`The Kubernetes namespace InfluxDB runs in (“${guide.defaultNamespace}” in InfluxData’s examples).`}
            value={namespace}
            autoComplete="off"
            spellCheck={false}
            error={errors.shown('namespace', namespaceCheck.ok ? null : namespaceCheck.error)}
            onChange={(event) => {
              setNamespace(event.target.value)
              errors.change('namespace', event.target.value)
            }}
          />
          <TextField
            label="Folder for token.json (optional)"
            hint="Its full path. Left empty, the command writes token.json in the folder you run it in."
            value={directory}
            autoComplete="off"
            spellCheck={false}
            error={errors.shown('directory', directoryCheck.ok ? null : directoryCheck.error)}
            onChange={(event) => {
              setDirectory(event.target.value)
              errors.change('directory', event.target.value)
            }}
          />
        </div>
        {where ? <CommandSteps label="Get the admin token" steps={guide.fetchSteps(where)} /> : fixFirst}
      </section>

      <section aria-labelledby="check-file">
        <h2 id="check-file">Check a token.json</h2>
        <p>
          The file is read and checked in this browser: it is not uploaded, stored or logged, and the page keeps only what the
          check found — never the token.
        </p>
        <TokenFileCheck />
      </section>

      <RevokeSection guide={guide} where={where} blocked={fixFirst} />
    </article>
  )
}
