import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import styles from './token-list.module.css'

/**
 * A moment that has passed as "3 days ago", with the exact UTC time on hover and on focus. The
 * list's clock ticks once a minute, and a server's clock may run ahead of the browser's, so a
 * moment the server just recorded can be ahead of it: it reads "just now", never "in less than a
 * minute". In a table it is no tab stop of its own (one per row is too many): the exact time then
 * shows while anything in its row has the focus (token-list.module.css).
 */
export function RelativeTime({ at, now, focusable = true }: { at: number; now: number; focusable?: boolean }) {
  const exact = formatUtcDateTime(at)
  return (
    <time className={styles.time} dateTime={new Date(at).toISOString()} title={exact} tabIndex={focusable ? 0 : undefined}>
      {at < now ? formatRelative(at, now) : 'just now'}
      <span className={styles.exact}>{exact}</span>
    </time>
  )
}
