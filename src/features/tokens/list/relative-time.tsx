import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import styles from './token-list.module.css'

/**
 * A moment that has passed as "3 days ago", with the exact UTC time on hover and on focus (it
 * takes the focus for that). The list's clock ticks once a minute, so a moment the server just
 * recorded can be ahead of it: it reads "just now", never "in less than a minute".
 */
export function RelativeTime({ at, now }: { at: number; now: number }) {
  const exact = formatUtcDateTime(at)
  return (
    <time className={styles.time} dateTime={new Date(at).toISOString()} title={exact} tabIndex={0}>
      {at < now ? formatRelative(at, now) : 'just now'}
      <span className={styles.exact}>{exact}</span>
    </time>
  )
}
