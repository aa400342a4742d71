import { type ReactNode, useState } from 'react'

import type { Token } from '../../../backends/domain'
import type { TokenKinds } from '../../../backends/product-screens'
import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import {
  type DatabaseNoun,
  derivedDescription,
  describeExpiry,
  describePermissions,
  expiryStatus,
} from '../../../lib/token-describe'
import { sessionMatch } from '../../../session/use-session-fingerprint'
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

/** The columns a product's tokens fill: no column stays empty on every row. */
export interface TokenColumns {
  fingerprint: boolean
  owner: boolean
  updated: boolean
}

/** The selection column, filled by the bulk tools once they have loaded (../bulk/bulk-tools.tsx). */
export interface RowPick {
  header: ReactNode
  /** `rows`: the page's rows in order, for a Shift range. */
  cell: (token: Token, rows: readonly Token[]) => ReactNode
}

export function tokenColumns(tokens: readonly Token[]): TokenColumns {
  return {
    fingerprint: tokens.some((t) => t.fingerprint !== undefined),
    owner: tokens.some((t) => t.owner !== undefined),
    updated: tokens.some((t) => t.updatedAt !== undefined),
  }
}

/** A time as words relative to now, with the exact UTC time on hover and focus. */
function TimeCell({ at, now }: { at: number; now: number }) {
  const exact = formatUtcDateTime(at)
  return (
    <time className={styles.time} dateTime={new Date(at).toISOString()} title={exact} tabIndex={0}>
      {formatRelative(at, now)}
      <span className={styles.exact}>{exact}</span>
    </time>
  )
}

export function TokenTable({
  tokens,
  kindOf,
  kindLabels,
  kindTones,
  now,
  sessionFingerprint,
  columns,
  noun,
  pick,
}: {
  tokens: readonly Token[]
  pick?: RowPick | undefined
  columns: TokenColumns
  noun: DatabaseNoun | undefined
  kindOf: (token: Token) => string
  /** The product's label for each kind. */
  kindLabels: Readonly<Record<string, string>>
  /** The badge colour of each kind, by the privilege it grants. */
  kindTones: TokenKinds['tones']
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
            {columns.owner ? <th scope="col">Owner</th> : null}
            <th scope="col">Created</th>
            {/* The last change to the token (status, description): InfluxDB 2 records no use. */}
            {columns.updated ? <th scope="col">Last modified</th> : null}
            <th scope="col">Expiry</th>
            {columns.fingerprint ? <th scope="col">Fingerprint</th> : null}
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
            {pick ? <th scope="col">{pick.header}</th> : null}
          </tr>
        </thead>
        <tbody>
          {tokens.slice(0, shown).map((token) => {
            const expiry = expiryStatus(token.expiresAt, now)
            const isSession = sessionMatch(token, sessionFingerprint) === 'yes'
            return (
              <tr key={token.id}>
                <th scope="row" className={styles.name}>
                  {/* <bdi>: direction controls in a name cannot reorder the badge after it. */}
                  {token.name === '' ? (
                    <span className={styles.derived} title="No description: the console describes it by its permissions">
                      {derivedDescription(token.permissions)} <VisuallyHidden>(no description),</VisuallyHidden>{' '}
                      <span className={styles.id}>id {token.id}</span>
                    </span>
                  ) : (
                    <bdi className={styles.nameText}>{token.name}</bdi>
                  )}{' '}
                  {isSession ? (
                    <Badge tone="accent" title="The console is connected with this token">
                      this session
                    </Badge>
                  ) : null}
                </th>
                <td data-label="Kind">
                  <Badge tone={kindTones[kindOf(token)]}>{kindLabels[kindOf(token)] ?? kindOf(token)}</Badge>
                  <StatusBadge token={token} now={now} />
                </td>
                <td data-label="Permissions">
                  {token.permissions ? (
                    <ul className={styles.permissions} title={token.permissionsText}>
                      {describePermissions(token.permissions, noun).map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className={styles.unreadable}>
                      <WarningIcon /> The console cannot read these permissions: <code dir="ltr">{token.permissionsText}</code>
                    </p>
                  )}
                </td>
                {columns.owner ? <td data-label="Owner">{token.owner ? <bdi>{token.owner.name}</bdi> : '—'}</td> : null}
                <td data-label="Created">
                  <TimeCell at={token.createdAt} now={now} />
                </td>
                {columns.updated ? (
                  <td data-label="Last modified">
                    {token.updatedAt === undefined ? '—' : <TimeCell at={token.updatedAt} now={now} />}
                  </td>
                ) : null}
                <td data-label="Expiry">
                  <span className={styles[`expiry-${expiry}`]}>
                    {EXPIRY_ICONS[expiry]()} {describeExpiry(token.expiresAt, now)}
                  </span>
                </td>
                {columns.fingerprint ? (
                  <td data-label="Fingerprint">
                    <Mono>{token.fingerprint ?? '—'}</Mono>
                  </td>
                ) : null}
                <td className={styles.actions}>
                  <TokenActions token={token} onDelete={setDeleting} />
                </td>
                {pick ? <td data-label="Select">{pick.cell(token, tokens)}</td> : null}
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
