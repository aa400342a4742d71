/**
 * The token list once the first read is in: the risk overview, the count line, the empty states,
 * one page of rows and the pager. Loaded beside that read (token-list.tsx), with the filtering.
 */
import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'

import type { Token } from '../../../backends/domain'
import { useProductScreens } from '../../../session/session-context'
import { Pager } from '../../../ui/filter-bar'
import { indexTokens, PAGE_SIZE, tokenColumns, viewPage } from './token-filters'
import { TokenListEmpty } from './token-list-empty'
import type { UpdateTokenView } from './token-list-filters'
import { TokenListSummary } from './token-list-summary'
import { TokenOverview } from './token-overview'
import { TokenTable } from './token-table'
import { isFiltered, type TokenView } from './token-view'

export function TokenListBody({
  tokens,
  view,
  deferredQ,
  now,
  update,
  sessionFingerprint,
  onCreateToken,
}: {
  tokens: Token[]
  view: TokenView
  /** The search as the filtering sees it: behind the keystrokes when they come fast. */
  deferredQ: string
  now: number
  update: UpdateTokenView
  sessionFingerprint: string | undefined
  onCreateToken: (() => void) | undefined
}) {
  const { tokenKinds, databaseNoun } = useProductScreens()
  const [, setParams] = useSearchParams()
  const index = useMemo(() => indexTokens(tokens, tokenKinds), [tokens, tokenKinds])
  const columns = useMemo(() => tokenColumns(tokens), [tokens])
  const shown = useMemo(
    () => viewPage(index, { ...view, q: deferredQ }, now, PAGE_SIZE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [index, now, deferredQ, view.kind, view.expiry, view.db, view.sort, view.dir, view.page, view.revoked, view.full, view.day],
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
        />
      ) : null}
      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </>
  )
}
