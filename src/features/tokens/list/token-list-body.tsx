/**
 * The token list once the first read is in: the risk overview, the count line, the empty states,
 * one page of rows and the pager. Loaded beside that read (token-list.tsx), with the filtering.
 */
import { lazy, Suspense, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'

import type { Token } from '../../../backends/domain'
import { useProductScreens } from '../../../session/session-context'
import { Pager } from '../../../ui/filter-bar'
import { indexTokens, PAGE_SIZE, tokenColumns, viewPage } from './token-filters'
import { TokenListEmpty } from './token-list-empty'
import type { UpdateTokenView } from './token-list-filters'
import { TokenListSummary } from './token-list-summary'
import { TokenOverview } from './token-overview'
import { type RowPick, TokenTable } from './token-table'
import { isFiltered, type TokenView, writeView } from './token-view'

// Selection, bulk actions and export: loaded once the list shows, off the first page's critical path.
const BulkTools = lazy(async () => ({ default: (await import('../bulk/bulk-tools')).BulkTools }))

export function TokenListBody({
  tokens,
  view,
  deferredQ,
  now,
  update,
  sessionFingerprint,
  onCreateToken,
  pick,
  onPick,
}: {
  tokens: Token[]
  view: TokenView
  /** The search as the filtering sees it: behind the keystrokes when they come fast. */
  deferredQ: string
  now: number
  update: UpdateTokenView
  sessionFingerprint: string | undefined
  onCreateToken: (() => void) | undefined
  /** The bulk tools' row selection, once they have loaded. */
  pick: RowPick | undefined
  onPick: (pick: RowPick | undefined) => void
}) {
  const { tokenKinds, databaseNoun, tokenFilters } = useProductScreens()
  const [, setParams] = useSearchParams()
  const index = useMemo(() => indexTokens(tokens, tokenKinds, tokenFilters), [tokens, tokenKinds, tokenFilters])
  const columns = useMemo(() => tokenColumns(tokens), [tokens])
  const viewKey = writeView({ ...view, q: '' }).toString()
  const shown = useMemo(
    () => viewPage(index, { ...view, q: deferredQ }, now, PAGE_SIZE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs: all but the (deferred) search, by their URL form
    [index, now, deferredQ, viewKey],
  )
  const { page, pages, first, visible, total, hiddenRevoked } = shown

  return (
    <>
      {tokens.length > 0 ? <TokenOverview index={index} view={view} now={now} update={update} /> : null}
      <TokenListSummary
        all={tokens.length}
        total={total}
        first={first}
        visible={visible.length}
        filtered={isFiltered(view)}
        hiddenRevoked={hiddenRevoked}
      />
      <Suspense fallback={null}>
        <BulkTools index={index} shown={shown} view={view} onPick={onPick} />
      </Suspense>
      <TokenListEmpty
        none={tokens.length === 0}
        onCreateToken={onCreateToken}
        onClearFilters={total === 0 && isFiltered(view) ? () => setParams(new URLSearchParams()) : undefined}
      />
      {visible.length > 0 ? (
        <TokenTable
          tokens={visible}
          all={tokens}
          kindOf={index.kind}
          kindLabels={tokenKinds.labels}
          kindTones={tokenKinds.tones}
          now={now}
          sessionFingerprint={sessionFingerprint}
          columns={columns}
          noun={databaseNoun}
          pick={pick}
        />
      ) : null}
      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </>
  )
}
