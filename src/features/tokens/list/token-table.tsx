import { useState } from 'react'

import type { Token } from '../../../backends/domain'
import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import { describeExpiry, describePermissions, expiryStatus } from '../../../lib/token-describe'
import { Badge } from '../../../ui/badge'
import { DataTable, Mono } from '../../../ui/data-table'
import { ClockIcon, ErrorIcon, InfinityIcon, WarningIcon } from '../../../ui/icons'
import { useProgressiveCount } from '../../../ui/use-progressive-count'
import { VisuallyHidden } from '../../../ui/visually-hidden'
import { DeleteTokenDialog } from '../delete/delete-token-dialog'
import { RelativeTime } from './relative-time'
import { TokenActions } from './token-actions'
import styles from './token-list.module.css'

const EXPIRY_ICONS = { never: InfinityIcon, active: ClockIcon, expiring: WarningIcon, expired: ErrorIcon } as const

/** Rows rendered at once (more than a screenful); the rest of the page follows right after. */
const FIRST_ROWS = 25

export function TokenTable({
  tokens,
  kindOf,
  kindLabels,
  now,
  sessionFingerprint,
}: {
  tokens: readonly Token[]
  kindOf: (token: Token) => string
  /** The product's label for each kind. */
  kindLabels: Readonly<Record<string, string>>
  now: number
  sessionFingerprint: string | undefined
}) {
  const [deleting, setDeleting] = useState<Token | null>(null)
  const shown = useProgressiveCount(tokens.length, FIRST_ROWS)
  return (
    <>
      <DataTable aria-label="Tokens" className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Permissions</th>
            <th scope="col">Created</th>
            <th scope="col">Expiry</th>
            <th scope="col">Fingerprint</th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.slice(0, shown).map((token) => {
            const expiry = expiryStatus(token.expiresAt, now)
            const isSession = sessionFingerprint !== undefined && token.fingerprint === sessionFingerprint
            return (
              <tr key={token.id}>
                <th scope="row" className={styles.name}>
                  {/* <bdi>: direction controls in a name cannot reorder the badge after it. */}
                  <bdi className={styles.nameText}>{token.name}</bdi>{' '}
                  {isSession ? (
                    <Badge tone="accent" title="The console is connected with this token">
                      this session
                    </Badge>
                  ) : null}
                </th>
                <td>
                  <Badge>{kindLabels[kindOf(token)] ?? kindOf(token)}</Badge>
                  <StatusBadge token={token} now={now} />
                </td>
                <td>
                  {token.permissions ? (
                    <ul className={styles.permissions} title={token.permissionsText}>
                      {describePermissions(token.permissions).map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className={styles.unreadable}>
                      <WarningIcon /> The console cannot read these permissions: <code dir="ltr">{token.permissionsText}</code>
                    </p>
                  )}
                </td>
                <td>
                  <time
                    className={styles.time}
                    dateTime={new Date(token.createdAt).toISOString()}
                    title={formatUtcDateTime(token.createdAt)}
                    tabIndex={0}
                  >
                    {formatRelative(token.createdAt, now)}
                    <span className={styles.exact}>{formatUtcDateTime(token.createdAt)}</span>
                  </time>
                </td>
                <td>
                  <span className={styles[`expiry-${expiry}`]}>
                    {EXPIRY_ICONS[expiry]()} {describeExpiry(token.expiresAt, now)}
                  </span>
                </td>
                <td>
                  <Mono>{token.fingerprint ?? '—'}</Mono>
                </td>
                <td className={styles.actions}>
                  <TokenActions token={token} onDelete={setDeleting} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </DataTable>
      <DeleteTokenDialog token={deleting} onClose={() => setDeleting(null)} />
    </>
  )
}

/** A token that no longer works though it is listed: switched off (InfluxDB 2) or revoked (the management API). */
function StatusBadge({ token, now }: { token: Token; now: number }) {
  if (token.status === 'inactive') {
    return (
      <>
        {' '}
        <Badge tone="warning" title="Switched off: clients using it are refused until it is activated again">
          Inactive
        </Badge>
      </>
    )
  }
  if (token.status !== 'revoked') return null
  return (
    <>
      {' '}
      <Badge tone="danger" title="Revoked: it grants nothing">
        Revoked
      </Badge>
      {token.revokedAt === undefined ? null : (
        <>
          {' '}
          <RelativeTime at={token.revokedAt} now={now} />
        </>
      )}
    </>
  )
}
