import { Link } from 'react-router-dom'

import type { Database } from '../../backends/domain'
import { formatRetention } from '../../lib/retention'
import { Badge } from '../../ui/badge'
import { DataTable } from '../../ui/data-table'
import { VisuallyHidden } from '../../ui/visually-hidden'
import { describeHardDeletion } from './database-view'
import styles from './databases.module.css'
import { DeleteDatabaseDialog } from './delete-database-dialog'
import { RetentionDialog } from './retention-dialog'

/**
 * One page of databases: name with its badges, retention (or when a deleted one goes for good),
 * table count, and the row's actions; `_internal` is read-only, a deleted database has none.
 */
export function DatabaseTable({ databases, tokensHref }: { databases: readonly Database[]; tokensHref: (db: string) => string }) {
  return (
    <DataTable aria-label="Databases">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Retention</th>
          <th scope="col">Tables</th>
          <th scope="col">
            <VisuallyHidden>Actions</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody>
        {databases.map((db) => (
          <tr key={db.name}>
            <th scope="row" className={styles.name}>
              <bdi className={styles.nameText}>{db.name}</bdi>
              {/* A space, so the row header reads "sensors Deleted", not "sensorsDeleted". */}{' '}
              {db.isSystem ? <Badge title="The server’s own database; it cannot be changed">System database</Badge> : null}
              {db.deleted ? <Badge tone="danger">Deleted</Badge> : null}
            </th>
            <td>{db.deleted ? describeHardDeletion(db) : formatRetention(db.retentionSeconds)}</td>
            <td>{db.tableCount ?? 'Not counted'}</td>
            <td>
              {db.deleted ? null : (
                <div className={styles.actions}>
                  <Link to={tokensHref(db.name)} aria-label={`Tokens with access to ${db.name}`}>
                    Tokens with access
                  </Link>
                  {db.isSystem ? (
                    <span className={styles.readOnly}>Read-only</span>
                  ) : (
                    <>
                      <RetentionDialog database={db} />
                      <DeleteDatabaseDialog database={db} tokensHref={tokensHref} />
                    </>
                  )}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
