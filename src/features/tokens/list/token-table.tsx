import { type ReactNode, useState } from 'react'

import type { Token } from '../../../backends/domain'
import type { TokenKinds } from '../../../backends/product-screens'
import { formatUtcDateTime } from '../../../lib/relative-time'
import {
  type DatabaseNoun,
  derivedDescription,
  describeExpiry,
  describePermissions,
  expiryStatus,
} from '../../../lib/token-describe'
import { useBackend } from '../../../session/session-context'
import { sessionMatch } from '../../../session/use-session-fingerprint'
import { Badge } from '../../../ui/badge'
import { DataTable, Mono } from '../../../ui/data-table'
import { ClockIcon, ErrorIcon, InfinityIcon, WarningIcon } from '../../../ui/icons'
import { useProgressiveCount } from '../../../ui/use-progressive-count'
import { VisuallyHidden } from '../../../ui/visually-hidden'
import { DeleteTokenDialog } from '../delete/delete-token-dialog'
import { RelativeTime } from './relative-time'
import { RiskBadges } from './risk-badges'
import { TokenActions } from './token-actions'
import type { TokenColumns } from './token-filters'
import styles from './token-list.module.css'
import { useFreshIds } from './use-fresh-ids'

const EXPIRY_ICONS = { never: InfinityIcon, active: ClockIcon, expiring: WarningIcon, expired: ErrorIcon } as const

/** Rows rendered at once (more than a screenful); the rest of the page follows right after. */
const FIRST_ROWS = 25

/** The selection column, filled by the bulk tools once they have loaded (../bulk/bulk-tools.tsx). */
export interface RowPick {
  header: ReactNode
  /** `rows`: the page's rows in order, for a Shift range. */
  cell: (token: Token, rows: readonly Token[]) => ReactNode
}

export function TokenTable({
  tokens,
  all,
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
  /** Every token of the server's list: a token that appears in it after a read is marked as new. */
  all: readonly Token[]
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
  const fresh = useFreshIds(all)
  const canExpire = useBackend().tokens.neverExpire !== true
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
            const kind = kindOf(token)
            const tone = kindTones[kind]
            const fullAccess = tone === 'operator' || tone === 'full-access'
            return (
              <tr key={token.id} className={fresh.has(token.id) ? styles.fresh : undefined}>
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
                  <Badge tone={tone} title={fullAccess ? 'Full access: every permission on this server' : undefined}>
                    {fullAccess ? <WarningIcon /> : null}
                    {kindLabels[kind] ?? kind}
                  </Badge>
                  <RiskBadges token={token} fullAccess={fullAccess} fresh={fresh.has(token.id)} noun={noun} />
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
                  <RelativeTime at={token.createdAt} now={now} focusable={false} />
                </td>
                {columns.updated ? (
                  <td data-label="Last modified">
                    {token.updatedAt === undefined ? '—' : <RelativeTime at={token.updatedAt} now={now} focusable={false} />}
                  </td>
                ) : null}
                <td data-label="Expiry">
                  {expiry === 'never' && canExpire && token.status !== 'revoked' ? (
                    <Badge tone="warning" title="Never expires: it works until someone deletes it">
                      <InfinityIcon /> Never
                    </Badge>
                  ) : (
                    <span
                      className={styles[`expiry-${expiry}`]}
                      title={token.expiresAt === undefined ? undefined : formatUtcDateTime(token.expiresAt)}
                    >
                      {EXPIRY_ICONS[expiry]()} {describeExpiry(token.expiresAt, now)}
                    </span>
                  )}
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
