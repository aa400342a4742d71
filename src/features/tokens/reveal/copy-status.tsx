import { CheckIcon, WarningIcon } from '../../../ui/icons'
import styles from './token-reveal.module.css'
import type { CopyState } from './use-copy-secret'

/** The live status line under the copy buttons: what the last copy did, or nothing before the first. */
export function CopyStatus({ copy }: { copy: CopyState }) {
  return (
    <div role="status" className={styles.copyStatus}>
      {copy === null ? null : copy.ok ? (
        <span className={styles.ok}>
          <CheckIcon /> {copy.target === 'token' ? 'Token copied to the clipboard.' : 'Snippet copied to the clipboard.'}
        </span>
      ) : (
        <span className={styles.failed}>
          <WarningIcon /> {copy.message}
        </span>
      )}
    </div>
  )
}
