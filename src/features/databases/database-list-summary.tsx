import styles from './databases.module.css'
import { useDatabaseNoun } from './use-database-noun'

const count = new Intl.NumberFormat('en')

/**
 * The count line above the database table, a live status: no databases of the server's own yet,
 * no match for the search, or which of the matching databases this page shows.
 */
export function DatabaseListSummary({
  query,
  userDatabases,
  matching,
  first,
  visible,
}: {
  /** The search as typed. */
  query: string
  /** Live databases that are not the server's own. */
  userDatabases: number
  /** Databases matching the view, on every page. */
  matching: number
  /** Index of the page's first row among the matching. */
  first: number
  /** Rows on this page. */
  visible: number
}) {
  const noun = useDatabaseNoun()
  return (
    <p role="status" className={styles.summary}>
      {userDatabases === 0 && !query
        ? `This server has no ${noun.many} of its own yet: create one, then grant tokens access to it.`
        : matching === 0
          ? `No ${noun.one} matches “${query}”.`
          : `Showing ${count.format(first + 1)}–${count.format(first + visible)} of ${count.format(matching)} ${
              matching === 1 ? noun.one : noun.many
            }.`}
    </p>
  )
}
