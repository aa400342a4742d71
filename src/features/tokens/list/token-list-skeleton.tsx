import { VisuallyHidden } from '../../../ui/visually-hidden'
import styles from './token-list.module.css'

/** Rows drawn as bars while the first read is on its way; a screen reader hears "Loading tokens…". */
export function TokenListSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <VisuallyHidden>Loading tokens…</VisuallyHidden>
      <ul aria-hidden="true" className={styles.skeleton}>
        {[1, 2, 3, 4, 5, 6].map((row) => (
          <li key={row} />
        ))}
      </ul>
    </div>
  )
}
