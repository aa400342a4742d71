import { LeakCheck } from '../../features/tokens/leak/leak-check'
import styles from './page.module.css'

export function LeakCheckPage() {
  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Leak check</h1>
          <p className={styles.lead}>Found a token string where it should not be? Find out which token it is.</p>
        </div>
      </div>
      <LeakCheck />
    </>
  )
}
