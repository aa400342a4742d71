import { useState } from 'react'
import { Link } from 'react-router-dom'

import { RecoveryDone } from '../../features/tokens/regenerate/recovery-done'
import { RecoveryRegenerate } from '../../features/tokens/regenerate/recovery-regenerate'
import { useAppConfig } from '../../session/session-context'
import { CommandBlock } from '../../ui/command-disclosure'
import styles from './page.module.css'

/** What to do when the operator token is lost, and the recovery regeneration when it is reachable. */
export function LostTokenPage() {
  const config = useAppConfig()
  // The regenerated string, in memory until the page goes: the end state connects with it.
  const [replaced, setReplaced] = useState<string | null>(null)
  if (replaced !== null) {
    return (
      <article className={styles.prose}>
        <RecoveryDone token={replaced} restartCommand="influxdb3 serve …" />
      </article>
    )
  }
  return (
    <article className={styles.prose}>
      <h1 className={styles.title}>Lost the operator token?</h1>
      <p>
        InfluxDB 3 keeps only a hash of every token, so nobody — not the server, not this console — can show a lost token again.
        You can replace it:
      </p>
      <h2>If you still have another admin token</h2>
      <p>
        <Link to="/connection">Connect</Link> with it, open Tokens, and choose <strong>Regenerate</strong> on the{' '}
        <code>_admin</code> row.
      </p>
      <h2>If you have no admin token at all</h2>
      <ol>
        <li>
          Restart the server with the recovery endpoint enabled. It listens on <code>127.0.0.1:8182</code> unless you give an
          address, and needs no token — so keep it on loopback:
          <CommandBlock label="Restart" text="influxdb3 serve … --admin-token-recovery-http-bind" />
        </li>
        <li>
          Regenerate the operator token through it, with the CLI:
          <CommandBlock label="Regenerate" text="influxdb3 create token --admin --regenerate --host http://127.0.0.1:8182" />
          or with this console (below) when it was started with <code>INFLUXDB3_RECOVERY_URL</code> pointing at the recovery
          address.
        </li>
        <li>The recovery endpoint closes itself after one successful regeneration. Restart without the flag.</li>
      </ol>
      {config.recovery ? (
        <section aria-label="Recovery">
          <h2>Regenerate now</h2>
          <p>This console can reach the recovery endpoint through its proxy.</p>
          <RecoveryRegenerate onReplaced={setReplaced} />
        </section>
      ) : (
        <p className={styles.lead}>
          This console was not started with <code>INFLUXDB3_RECOVERY_URL</code>, so it cannot reach a recovery endpoint; use the
          CLI command above.
        </p>
      )}
    </article>
  )
}
