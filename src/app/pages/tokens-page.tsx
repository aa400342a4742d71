import { useRef } from 'react'

import { CreateTokenDialog } from '../../features/tokens/create/create-token-dialog'
import { TokenList } from '../../features/tokens/list/token-list'
import styles from './page.module.css'

export function TokensPage() {
  const create = useRef<HTMLButtonElement>(null)
  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Tokens</h1>
          <p className={styles.lead}>Every token this server knows.</p>
        </div>
        <CreateTokenDialog triggerRef={create} />
      </div>
      <TokenList databasesHref={(db) => `/databases?q=${encodeURIComponent(db)}`} onCreateToken={() => create.current?.click()} />
    </>
  )
}
