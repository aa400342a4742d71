/** Which tokens grant access to a database, so nobody deletes it blind. */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'

import { describeError } from '../../backends/describe-error'
import { tokensWithAccess } from '../../lib/database-access'
import { tokenListQuery } from '../../queries/token-queries'
import { useBackend, useProductScreens } from '../../session/session-context'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { Loading } from '../../ui/loading'
import { useNow } from '../../ui/use-now'
import styles from './databases.module.css'
import { useDatabaseNoun } from './use-database-noun'

export function AccessSummary({ database, tokensHref }: { database: string; tokensHref: (db: string) => string }) {
  const backend = useBackend()
  const { listTokensCommand } = useProductScreens()
  const tokens = useQuery(tokenListQuery(backend))
  const now = useNow(60_000)
  const noun = useDatabaseNoun()
  if (tokens.isPending) return <Loading label="Checking which tokens grant access…" />
  if (tokens.isError) {
    return (
      <Alert
        tone="warning"
        title={`Could not check which tokens grant access to this ${noun.one}.`}
        action={<Button onClick={() => void tokens.refetch()}>Retry</Button>}
      >
        {describeError(tokens.error)}
      </Alert>
    )
  }
  const access = tokensWithAccess(database, tokens.data, now)
  return (
    <section className={styles.access} aria-label="Tokens with access">
      <h3 className={styles.accessTitle}>Tokens with access</h3>
      {access.named.length > 0 ? (
        <Alert
          tone="warning"
          title={`${access.named.length} ${access.named.length === 1 ? 'token names' : 'tokens name'} this ${noun.one}`}
        >
          <p>
            Their permissions will point at a deleted {noun.one}: clients using them lose access to it. Delete or replace these
            tokens if they exist only for this {noun.one}.
          </p>
          <ul className={styles.tokenNames}>
            {access.named.map((t) => (
              <li key={t.name}>{t.name}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p className={styles.hint}>No token names this {noun.one}.</p>
      )}
      <p className={styles.hint}>
        {access.wildcard.length > 0 ? (
          <>
            Through all {noun.many} (<code>*</code>): {access.wildcard.map((t) => t.name).join(', ')}.{' '}
          </>
        ) : (
          `No token grants every ${noun.one}. `
        )}
        {access.admin.length > 0
          ? `${access.admin.length} admin ${access.admin.length === 1 ? 'token has' : 'tokens have'} full access. `
          : null}
        {backend.tokens.revokes ? 'Expired and revoked tokens are not counted. ' : 'Expired tokens are not counted. '}
        {access.unreadable.length > 0 ? (
          <>
            The console cannot read the permissions of {access.unreadable.map((t) => t.name).join(', ')}: check{' '}
            {access.unreadable.length === 1 ? 'it' : 'them'}
            {listTokensCommand ? (
              <>
                {' '}
                with <code>{listTokensCommand}</code>
              </>
            ) : null}
            .{' '}
          </>
        ) : null}
        <Link to={tokensHref(database)}>See them in the token list</Link>
      </p>
    </section>
  )
}
