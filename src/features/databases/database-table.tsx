import { Link } from 'react-router-dom'

import type { Database } from '../../backends/domain'
import { formatRetention } from '../../lib/retention'
import { useBackend } from '../../session/session-context'
import { Badge } from '../../ui/badge'
import { DataTable } from '../../ui/data-table'
import { RowActions } from '../../ui/row-actions'
import { VisuallyHidden } from '../../ui/visually-hidden'
import { describeHardDeletion } from './database-view'
import styles from './databases.module.css'
import { DeleteDatabaseDialog } from './delete-database-dialog'
import { LimitsDialog } from './limits-dialog'
import { RetentionDialog } from './retention-dialog'
import { useDatabaseNoun } from './use-database-noun'

const count = new Intl.NumberFormat('en')
const limit = (value: number | undefined) => (value === undefined ? '—' : count.format(value))

/**
 * One page of databases: name with its badges, retention (or when a deleted one goes for good),
 * table count where the product counts tables, limits where it has them, and the row's actions;
 * `_internal` is read-only, a deleted database has none.
 */
export function DatabaseTable({ databases, tokensHref }: { databases: readonly Database[]; tokensHref: (db: string) => string }) {
  // Where databases have limits (the management API), one dialog changes them with the retention.
  const hasLimits = useBackend().databases.setLimits !== undefined
  const countsTables = databases.some((db) => db.tableCount !== undefined)
  const noun = useDatabaseNoun()
  return (
    <DataTable aria-label={noun.Many}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Retention</th>
          {countsTables ? <th scope="col">Tables</th> : null}
          {hasLimits ? (
            <>
              <th scope="col">Max tables</th>
              <th scope="col">Max columns per table</th>
            </>
          ) : null}
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
              {db.isSystem ? <Badge title={`The server’s own ${noun.one}; it cannot be changed`}>System {noun.one}</Badge> : null}
              {db.deleted ? <Badge tone="danger">Deleted</Badge> : null}
            </th>
            <td data-label="Retention">{db.deleted ? describeHardDeletion(db) : formatRetention(db.retentionSeconds)}</td>
            {countsTables ? <td data-label="Tables">{db.tableCount ?? 'Not counted'}</td> : null}
            {hasLimits ? (
              <>
                <td data-label="Max tables">{limit(db.limits?.maxTables)}</td>
                <td data-label="Max columns per table">{limit(db.limits?.maxColumnsPerTable)}</td>
              </>
            ) : null}
            <td>
              {db.deleted ? null : (
                <RowActions name={`database ${db.name}`} className={styles.actions}>
                  <Link to={tokensHref(db.name)} aria-label={`Tokens with access to ${db.name}`}>
                    Tokens with access
                  </Link>
                  {db.isSystem ? (
                    <span className={styles.readOnly}>Read-only</span>
                  ) : (
                    <>
                      {hasLimits ? <LimitsDialog database={db} /> : <RetentionDialog database={db} />}
                      <DeleteDatabaseDialog database={db} tokensHref={tokensHref} />
                    </>
                  )}
                </RowActions>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
