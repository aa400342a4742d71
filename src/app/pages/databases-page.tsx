import { useRef } from 'react'

import { CreateDatabaseDialog } from '../../features/databases/create-database-dialog'
import { DatabaseList } from '../../features/databases/database-list'
import styles from './page.module.css'

export function DatabasesPage() {
  const create = useRef<HTMLButtonElement>(null)
  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Databases</h1>
          <p className={styles.lead}>Databases with their retention period and table count.</p>
        </div>
        <CreateDatabaseDialog triggerRef={create} />
      </div>
      <DatabaseList
        tokensHref={(db) => `/tokens?db=${encodeURIComponent(db)}`}
        onCreateDatabase={() => create.current?.click()}
      />
    </>
  )
}
