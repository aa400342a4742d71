import { CreateTokenDialog } from '../../features/tokens/create/create-token-dialog'
import { TokenList } from '../../features/tokens/list/token-list'
import styles from './page.module.css'

export function TokensPage() {
  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Tokens</h1>
          <p className={styles.lead}>Every token this server knows.</p>
        </div>
        <CreateTokenDialog />
      </div>
      <TokenList databasesHref={(db) => `/databases?q=${encodeURIComponent(db)}`} />
    </>
  )
}
