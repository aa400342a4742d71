import styles from './token-list.module.css'

const count = new Intl.NumberFormat('en')

/**
 * The count line above the token table, a live status: no tokens at all, none matching the
 * filters, or which of the matching tokens this page shows (and of how many, when filtered);
 * then how many revoked tokens are hidden, if any.
 */
export function TokenListSummary({
  all,
  total,
  first,
  visible,
  filtered,
  hiddenRevoked,
}: {
  /** Every token on the server. */
  all: number
  /** Tokens matching the view, on every page. */
  total: number
  /** Index of the page's first row among the matching. */
  first: number
  /** Rows on this page. */
  visible: number
  filtered: boolean
  /** Tokens matching the filters but revoked, left out until "Show revoked" is ticked. */
  hiddenRevoked: number
}) {
  return (
    <p role="status" className={styles.summary}>
      {all === 0
        ? 'This server has no tokens yet.'
        : total === 0
          ? filtered
            ? `No tokens match these filters (of ${count.format(all)}).`
            : 'No tokens to show.'
          : `Showing ${count.format(first + 1)}–${count.format(first + visible)} of ${count.format(total)} ${
              total === 1 ? 'token' : 'tokens'
            }${filtered ? ` (filtered from ${count.format(all)})` : ''}.`}
      {hiddenRevoked > 0 ? ` ${count.format(hiddenRevoked)} revoked ${hiddenRevoked === 1 ? 'token' : 'tokens'} hidden.` : null}
    </p>
  )
}
