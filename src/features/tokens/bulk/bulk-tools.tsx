/**
 * Bulk work on the token list, loaded after the list (off the first page's critical path): the
 * selection (a checkbox per row, Shift for a range, "select all" the tokens matching the
 * filters on every page), the actions the product can run on it, "Purge expired…", and the
 * export. The table renders the rows' checkboxes this hands it once through `onPick`.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'

import type { Token } from '../../../backends/domain'
import { expiryStatus } from '../../../lib/token-describe'
import { useBackend } from '../../../session/session-context'
import { sessionMatch, useSessionFingerprint } from '../../../session/use-session-fingerprint'
import { Button } from '../../../ui/button'
import { useNow } from '../../../ui/use-now'
import { VisuallyHidden } from '../../../ui/visually-hidden'
import { orderOf, type TokenIndex } from '../list/token-filters'
import type { RowPick } from '../list/token-table'
import type { TokenView } from '../list/token-view'
import styles from './bulk.module.css'
import { BulkDialog, type BulkRequest } from './bulk-dialog'
import { ACTION_WORDS, bulkActions, planBulk } from './bulk-plan'
import { ExportInventory } from './export-inventory'
import { SelectCell } from './select-cell'
import { createSelectionStore, NO_SELECTION, stateOf, toggleAll, without } from './selection'

const count = new Intl.NumberFormat('en')

export function BulkTools({
  index: { tokens, kind: kindOf },
  shown: { matching },
  view,
  onPick,
}: {
  /** Every listed token, and its kind. */
  index: Pick<TokenIndex, 'tokens' | 'kind'>
  /** The tokens matching the view's filters, on every page, unordered. */
  shown: { matching: readonly Token[] }
  /** The list's view: its order is the export's. */
  view: TokenView
  onPick: (pick: RowPick | undefined) => void
}) {
  const backend = useBackend()
  const now = useNow(60_000)
  const sessionFingerprint = useSessionFingerprint()
  const [store] = useState(createSelectionStore)
  const selection = useSyncExternalStore(store.subscribe, store.get)
  const [request, setRequest] = useState<BulkRequest | null>(null)

  useEffect(() => {
    onPick({
      header: <VisuallyHidden>Select</VisuallyHidden>,
      cell: (token, rows) => <SelectCell store={store} token={token} rows={rows} />,
    })
    return () => onPick(undefined)
  }, [onPick, store])

  const selected = useMemo(() => tokens.filter((token) => selection.ids.has(token.id)), [tokens, selection])
  const matchingIds = useMemo(() => matching.map((token) => token.id), [matching])
  const notShown = useMemo(() => {
    const shownIds = new Set(matchingIds)
    return selected.filter((token) => !shownIds.has(token.id)).length
  }, [selected, matchingIds])

  const options = { operatorName: backend.operator?.name, sessionOf: (token: Token) => sessionMatch(token, sessionFingerprint) }
  const removeAction = backend.tokens.revokes ? 'revoke' : 'delete'
  const purge = () => {
    const expired = tokens.filter((token) => token.status !== 'revoked' && expiryStatus(token.expiresAt, now) === 'expired')
    setRequest({ plan: planBulk(removeAction, expired, options), noun: 'expired tokens' })
  }
  const all = matchingIds.length
  const state = stateOf(selection, matchingIds)

  return (
    <div className={styles.bar} role="group" aria-label="Bulk actions">
      <label className={styles.all}>
        <input
          type="checkbox"
          className={styles.check}
          disabled={all === 0}
          // Mixed when some are selected: indeterminate for the eye, aria-checked for screen readers.
          ref={(element) => {
            if (element) element.indeterminate = state === 'some'
          }}
          checked={state === 'all'}
          aria-checked={state === 'some' ? 'mixed' : state === 'all'}
          onChange={() => store.set((current) => toggleAll(current, matchingIds))}
        />
        Select all {count.format(all)} matching {all === 1 ? 'token' : 'tokens'}
      </label>
      <p aria-live="polite" className={styles.count}>
        {selected.length > 0
          ? `${count.format(selected.length)} selected${notShown > 0 ? ` (${count.format(notShown)} not shown by the filters)` : ''}.`
          : ''}
      </p>
      {selected.length > 0 ? (
        <>
          <Button onClick={() => store.set(() => NO_SELECTION)}>Clear selection</Button>
          {bulkActions(backend).map((action) => (
            <Button
              key={action}
              variant={action === 'deactivate' ? 'secondary' : 'danger'}
              aria-haspopup="dialog"
              onClick={() => setRequest({ plan: planBulk(action, selected, options) })}
            >
              {ACTION_WORDS[action].verb} selected…
            </Button>
          ))}
        </>
      ) : null}
      <span className={styles.spacer} />
      {backend.tokens.neverExpire ? (
        <p className={styles.note}>Tokens on this server never expire: there is nothing to purge.</p>
      ) : (
        <Button aria-haspopup="dialog" onClick={purge}>
          Purge expired…
        </Button>
      )}
      <ExportInventory tokens={matching} order={orderOf(view)} kindOf={kindOf} now={now} />
      <BulkDialog
        request={request}
        onClose={(results) => {
          setRequest(null)
          // What is gone leaves the selection; a failure stays selected, ready to retry.
          const finished = (results ?? []).filter((result) => result.outcome === 'done' || result.outcome === 'gone')
          if (finished.length > 0)
            store.set((current) =>
              without(
                current,
                finished.map((result) => result.item.id),
              ),
            )
        }}
      />
    </div>
  )
}
