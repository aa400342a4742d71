import { useRef } from 'react'

import { CreateDatabaseDialog } from '../../features/databases/create-database-dialog'
import { DatabaseList } from '../../features/databases/database-list'
import { useDatabaseNoun } from '../../features/databases/use-database-noun'
import styles from './page.module.css'

export function DatabasesPage() {
  // InfluxDB 2 and Cloud Serverless call them buckets.
  const noun = useDatabaseNoun()
  const create = useRef<HTMLButtonElement>(null)
  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>{noun.Many}</h1>
          <p className={styles.lead}>{noun.Many} with their retention period and, where the server counts them, their tables.</p>
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
