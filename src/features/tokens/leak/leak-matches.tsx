/** What the leak check found: the token (or tokens) with the pasted string's fingerprint, and what to do. */
import { lazy, Suspense, useState } from 'react'
import { Link } from 'react-router-dom'

import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { useBackend } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { REPLACE_PARAM } from '../create/copy-params'
import { DeleteTokenDialog } from '../delete/delete-token-dialog'
import type { LeakResult } from './leak-check'
import styles from './leak-check.module.css'

const RegenerateDialog = lazy(async () => ({ default: (await import('../regenerate/regenerate-dialog')).RegenerateDialog }))

function MatchActions({ token, onDelete }: { token: Token; onDelete: (token: Token) => void }) {
  const { operator, tokens } = useBackend()
  if (token.name === operator?.name) {
    return (
      <Suspense fallback={null}>
        <RegenerateDialog token={token} />
      </Suspense>
    )
  }
  const verb = tokens.revokes ? 'Revoke' : 'Delete'
  return (
    <>
      <Link className={styles.action} to={`/tokens?${REPLACE_PARAM}=${encodeURIComponent(token.id)}`}>
        Replace {tokenLabel(token)}…
      </Link>
      <Button variant="danger" aria-haspopup="dialog" onClick={() => onDelete(token)}>
        {verb} {tokenLabel(token)}…
      </Button>
    </>
  )
}

export function LeakMatches({ result }: { result: LeakResult }) {
  const [deleting, setDeleting] = useState<Token | null>(null)
  const { fingerprint, matches } = result
  if (matches.length === 0) {
    return (
      <Alert tone="info" title="No token on this server has this string’s fingerprint.">
        Fingerprint {fingerprint}. The string may belong to a token already deleted, to another server, or be mistyped.
      </Alert>
    )
  }
  return (
    <>
      <Alert
        tone="warning"
        title={matches.length === 1 ? 'The string belongs to this token.' : 'The string’s fingerprint matches these tokens.'}
      >
        Fingerprint {fingerprint}: the first 9 hex characters of its SHA-512, as the server lists them. Anyone holding the string
        can use the token until it is removed or its string regenerated.
      </Alert>
      <ul className={styles.matches} aria-label="Matching tokens">
        {matches.map((token) => (
          <li key={token.id} className={styles.match}>
            <strong>{tokenLabel(token)}</strong> <span className={styles.muted}>({token.permissionsText})</span>
            <span className={styles.actions}>
              <MatchActions token={token} onDelete={setDeleting} />
            </span>
          </li>
        ))}
      </ul>
      <DeleteTokenDialog token={deleting} onClose={() => setDeleting(null)} />
    </>
  )
}
