/** The reveal's "Test this token": the call it makes, the button, and the server's answer. */
import { Button } from '../../../ui/button'
import { CheckIcon, WarningIcon } from '../../../ui/icons'
import styles from './token-reveal.module.css'
import type { TokenTest } from './use-token-test'

/** Why there is no call to make, or null when there is one. */
function unavailable(test: TokenTest): string | null {
  if (test.unsupported) return 'This product offers no harmless call to test a token with: test it where it is used.'
  if (test.finding) return 'Reading the new token’s permissions…'
  if (!test.trial) return 'The new token is not in the server’s list yet, so the console does not know a call it may make.'
  return test.trial.possible ? null : test.trial.reason
}

export function TokenTestPanel({ test, label = 'Test this token' }: { test: TokenTest; label?: string }) {
  const reason = unavailable(test)
  const { state } = test
  return (
    <div className={styles.test}>
      {reason !== null ? (
        <p>
          <strong>No test here.</strong> {reason}
        </p>
      ) : (
        <>
          <p>
            Makes one harmless call with the new string: <code>{test.trial?.possible ? test.trial.call : ''}</code>.
          </p>
          <div>
            <Button onClick={() => void test.run()} aria-disabled={state.status === 'running'}>
              {state.status === 'running' ? 'Testing…' : label}
            </Button>
          </div>
        </>
      )}
      <div role="status" className={styles.copyStatus}>
        {state.status === 'done' ? (
          state.result.ok ? (
            <span className={styles.ok}>
              <CheckIcon /> The token works. {state.result.detail}
            </span>
          ) : (
            <span className={styles.failed}>
              <WarningIcon /> The test failed. {state.result.detail}
            </span>
          )
        ) : null}
      </div>
    </div>
  )
}
