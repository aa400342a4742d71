/** A row's checkbox: Shift with a click (or with Space) extends the range from the last one ticked. */
import { useSyncExternalStore } from 'react'

import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import styles from './bulk.module.css'
import { clickRow, type SelectionStore } from './selection'

export function SelectCell({ store, token, rows }: { store: SelectionStore; token: Token; rows: readonly Token[] }) {
  const checked = useSyncExternalStore(store.subscribe, () => store.get().ids.has(token.id))
  return (
    <input
      type="checkbox"
      className={styles.check}
      aria-label={`Select token ${tokenLabel(token)}`}
      checked={checked}
      onChange={(event) => {
        // A checkbox's change comes from a click event, the keyboard's (Space) too.
        const shift = (event.nativeEvent as MouseEvent).shiftKey
        store.set((current) =>
          clickRow(
            current,
            token.id,
            rows.map((row) => row.id),
            shift,
          ),
        )
      }}
    />
  )
}
