import type { Snippet } from '../../../backends/product-screens'
import { Button } from '../../../ui/button'
import styles from './token-reveal.module.css'

/** The copy buttons: "Copy token" for the bare string (first), then each ready-to-paste snippet shown with its text. */
export function RevealSnippets({
  snippets,
  onCopy,
}: {
  snippets: readonly Snippet[]
  onCopy: (target: string, text: string) => void
}) {
  return (
    <div className={styles.snippets}>
      {snippets.map((snippet) => (
        <div key={snippet.id} className={styles.snippet}>
          {snippet.id === 'token' ? null : (
            // One line that scrolls sideways: a token broken across lines is pasted broken. A
            // region that scrolls must be reachable and named for keyboard users.
            <pre className={styles.code} tabIndex={0} role="region" aria-label={`${snippet.label} snippet`}>
              <code>{snippet.text}</code>
            </pre>
          )}
          <Button
            variant={snippet.id === 'token' ? 'primary' : 'secondary'}
            onClick={() => onCopy(snippet.id, snippet.text)}
            aria-label={snippet.id === 'token' ? 'Copy token' : `Copy ${snippet.label.toLowerCase()} snippet`}
          >
            {snippet.id === 'token' ? 'Copy token' : `Copy ${snippet.label.toLowerCase()} snippet`}
          </Button>
        </div>
      ))}
    </div>
  )
}
