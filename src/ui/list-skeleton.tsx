import styles from './list-skeleton.module.css'
import { VisuallyHidden } from './visually-hidden'

const ROWS = [1, 2, 3, 4, 5, 6]

/**
 * Rows drawn as bars while a list's first read is on its way (the token and database lists);
 * a screen reader hears `label` ("Loading tokens…") once, not six empty rows.
 */
export function ListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true">
      <VisuallyHidden>{label}</VisuallyHidden>
      <ul aria-hidden="true" className={styles.skeleton}>
        {ROWS.map((row) => (
          <li key={row} />
        ))}
      </ul>
    </div>
  )
}
