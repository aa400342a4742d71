import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import type { TokenTrial, TrialResult } from '../../../backends/port'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useSession } from '../../../session/session-context'

type TestState = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: TrialResult }

/**
 * "Test this token": the product's harmless call for this token (`tokens.trial`), read from its
 * listed permissions. The string goes from the reveal's state straight to the call: not through
 * a mutation (whose variables the cache would keep), never into the query cache.
 */
export function useTokenTest(created: CreatedToken) {
  const backend = useBackend()
  // Without a session (a fresh server's first token, revealed before connecting) there is no
  // list to read the token's permissions from: nothing is asked, and the reveal shows no test.
  const connected = useSession() !== null
  const tokens = useQuery({ ...tokenListQuery(backend), enabled: connected })
  const [state, setState] = useState<TestState>({ status: 'idle' })
  const listed = tokens.data?.find((t) => t.id === created.id)
  const [trial, setTrial] = useState<TokenTrial | undefined>(undefined)
  useEffect(() => {
    if (!connected || !listed || !backend.tokens.trial) return
    let current = true
    void backend.tokens.trial(listed).then((planned) => {
      if (current) setTrial(planned)
    })
    return () => {
      current = false
    }
  }, [backend, connected, listed])

  async function run(): Promise<void> {
    if (!trial?.possible || state.status === 'running') return
    setState({ status: 'running' })
    setState({ status: 'done', result: await trial.run(created.secret) })
  }

  return {
    /** The product has no test at all. */
    unsupported: backend.tokens.trial === undefined,
    /** False before connecting: then there is nothing to test with, and the reveal offers no test. */
    connected,
    /** The list (and so the token's permissions) is still on its way. */
    finding: tokens.isPending || (listed !== undefined && trial === undefined),
    trial,
    state,
    passed: state.status === 'done' && state.result.ok,
    run,
  }
}

export type TokenTest = ReturnType<typeof useTokenTest>
