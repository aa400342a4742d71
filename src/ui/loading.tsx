import styles from './loading.module.css'

/** A polite, labelled loading indicator. */
export function Loading({ label }: { label: string }) {
  return (
    <p data-slot="loading" role="status" className={styles.loading}>
      <span aria-hidden="true" className={styles.spinner} />
      {label}
    </p>
  )
}
