import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import styles from './token-list.module.css'

/** "3 days ago", with the exact UTC time on hover and on focus (it takes the focus for that). */
export function RelativeTime({ at, now }: { at: number; now: number }) {
  const exact = formatUtcDateTime(at)
  return (
    <time className={styles.time} dateTime={new Date(at).toISOString()} title={exact} tabIndex={0}>
      {formatRelative(at, now)}
      <span className={styles.exact}>{exact}</span>
    </time>
  )
}
