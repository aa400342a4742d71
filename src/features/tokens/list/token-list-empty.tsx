import { Button } from '../../../ui/button'
import styles from './token-list.module.css'

/**
 * Where an empty list leads: a server without tokens to "Create a token", a view that matches
 * nothing to a compact "Clear filters".
 */
export function TokenListEmpty({
  none,
  onCreateToken,
  onClearFilters,
}: {
  /** The server lists no token at all. */
  none: boolean
  onCreateToken: (() => void) | undefined
  /** Set when filters hide every token. */
  onClearFilters: (() => void) | undefined
}) {
  if (none && onCreateToken) {
    return (
      <div className={styles.empty}>
        <p>Create the tokens your clients use: Telegraf, Grafana, scripts and people each get their own.</p>
        <Button variant="primary" onClick={onCreateToken}>
          Create a token
        </Button>
      </div>
    )
  }
  if (!onClearFilters) return null
  return (
    <button type="button" className={styles.linkButton} onClick={onClearFilters}>
      Clear filters
    </button>
  )
}
