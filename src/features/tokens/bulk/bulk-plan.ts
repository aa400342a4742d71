/**
 * What a bulk action will do to a selection: the tokens it sends a request for, and those it
 * leaves out, each with the reason shown in the confirmation. The operator token and the
 * session's own token (or one the product cannot rule out) are never included silently.
 */
import type { Token } from '../../../backends/domain'
import type { Backend } from '../../../backends/port'
import type { BulkTokenAction } from '../../../queries/token-bulk'

export type BulkAction = BulkTokenAction

export interface LeftOut {
  token: Token
  reason: string
}

export interface BulkPlan {
  action: BulkAction
  included: readonly Token[]
  leftOut: readonly LeftOut[]
}

export const ACTION_WORDS: Record<BulkAction, { verb: string; doing: string; done: string }> = {
  delete: { verb: 'Delete', doing: 'Deleting', done: 'Deleted' },
  revoke: { verb: 'Revoke', doing: 'Revoking', done: 'Revoked' },
  deactivate: { verb: 'Deactivate', doing: 'Deactivating', done: 'Deactivated' },
}

/** The actions this product can run on many tokens, in the order offered. */
export function bulkActions(backend: Pick<Backend, 'tokens'>): BulkAction[] {
  const actions: BulkAction[] = [backend.tokens.revokes ? 'revoke' : 'delete']
  if (backend.tokens.setStatus) actions.push('deactivate')
  return actions
}

export function planBulk(
  action: BulkAction,
  tokens: readonly Token[],
  {
    operatorName,
    sessionOf,
  }: {
    operatorName: string | undefined
    /** `sessionMatch` for this connection. */
    sessionOf: (token: Token) => Token['session']
  },
): BulkPlan {
  const included: Token[] = []
  const leftOut: LeftOut[] = []
  for (const token of tokens) {
    const reason = leaveOutReason(action, token, operatorName, sessionOf(token))
    if (reason) leftOut.push({ token, reason })
    else included.push(token)
  }
  return { action, included, leftOut }
}

function leaveOutReason(
  action: BulkAction,
  token: Token,
  operatorName: string | undefined,
  session: Token['session'],
): string | null {
  if (operatorName !== undefined && token.name === operatorName) {
    return 'The operator token cannot be deleted — regenerate it instead.'
  }
  if (token.status === 'revoked') return 'Already revoked.'
  if (action === 'deactivate' && token.status === 'inactive') return 'Already inactive.'
  if (session === 'yes') return 'The console is connected with this token: act on it on its own, from its row.'
  if (session === 'maybe') {
    return 'This may be the token the console is connected with (the server does not say): act on it on its own, from its row.'
  }
  return null
}
