/**
 * A row's risk at a glance, beside its kind badge: new (just created), every database including
 * later ones (`*`). Words and icons carry each; the colour only adds to them. The other risks are
 * where the row already says them: full access on the kind's badge (its tone and icon), "Never"
 * expires as a badge in the Expiry cell, inactive and revoked in the status badge.
 */
import type { Token } from '../../../backends/domain'
import { capitalize, DATABASE_NOUN, databaseAccess, type DatabaseNoun } from '../../../lib/token-describe'
import { Badge } from '../../../ui/badge'
import { WarningIcon } from '../../../ui/icons'

export function RiskBadges({
  token,
  fullAccess,
  fresh,
  noun = DATABASE_NOUN,
}: {
  token: Token
  fullAccess: boolean
  fresh: boolean
  noun?: DatabaseNoun | undefined
}) {
  const live = token.status !== 'revoked'
  const everyDatabase = live && !fullAccess && databaseAccess(token.permissions).all
  return (
    <>
      {fresh ? (
        <>
          {' '}
          <Badge tone="accent" title="Created a moment ago">
            New
          </Badge>
        </>
      ) : null}
      {everyDatabase ? (
        <>
          {' '}
          <Badge tone="warning" title={`Grants every ${noun.one}, including ${noun.many} created later (*)`}>
            <WarningIcon /> {capitalize(`all ${noun.many}`)}
          </Badge>
        </>
      ) : null}
    </>
  )
}
