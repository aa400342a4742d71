/** A confirmation typed rather than clicked, and the warning for the token the console itself uses. */
import type { Token } from '../../../backends/domain'
import { isolate } from '../../../lib/bidi'
import { Alert } from '../../../ui/alert'
import { TextField } from '../../../ui/field'

/** What the user types: the token's name, or its id when it has none (InfluxDB 2 allows an empty description). */
export function confirmWord(token: Pick<Token, 'id' | 'name'>): string {
  return token.name.trim() === '' ? token.id : token.name
}

export function TypedConfirmation({ word, value, onChange }: { word: string; value: string; onChange: (next: string) => void }) {
  return (
    <TextField
      label={`Type ${isolate(word)} to confirm`}
      value={value}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

/**
 * Said before the console removes or switches off the token it is connected with, or one it
 * cannot rule out (a product that lists no token strings cannot say which one is in use).
 */
export function SessionWarning({ match, verb }: { match: Token['session']; verb: string }) {
  if (match === 'yes') {
    return (
      <Alert tone="warning" title="The console is connected with this token.">
        Once you {verb} it, the console loses access to this server: connect again with another token.
      </Alert>
    )
  }
  if (match !== 'maybe') return null
  return (
    <Alert tone="warning" title="This may be the token the console is connected with.">
      The server does not show which token a client uses. This one can read this organization’s tokens, as the console’s must: if
      it is the console’s, the console loses access once you {verb} it, and you connect again with another token.
    </Alert>
  )
}
