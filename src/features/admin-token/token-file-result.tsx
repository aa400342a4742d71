/** The facts of a checked token file, each as a line with an icon and words (never colour alone). */
import type { ReactNode } from 'react'

import { isolate } from '../../lib/bidi'
import type { JwtFacts } from '../../lib/jwt'
import { formatRelative, formatUtcDateTime } from '../../lib/relative-time'
import { TOKEN_FIELDS, type TokenFileCheck } from '../../lib/token-file'
import { cn } from '../../ui/cn'
import { CheckIcon, ErrorIcon, InfoIcon, WarningIcon } from '../../ui/icons'
import { useNow } from '../../ui/use-now'
import styles from './admin-token.module.css'

type Tone = 'ok' | 'error' | 'warning' | 'info'

const ICONS: Record<Tone, () => ReactNode> = { ok: CheckIcon, error: ErrorIcon, warning: WarningIcon, info: InfoIcon }

function Fact({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <li className={cn(styles.fact, styles[tone])}>
      {ICONS[tone]()}
      <span>{children}</span>
    </li>
  )
}

const FIELDS = TOKEN_FIELDS.map((field) => `“${field}”`).join(' or ')
/** Long enough for any issuer URL; a longer one is cut, not laid out across the page. */
const MAX_ISSUER = 200

function when(date: Date, now: number): string {
  return `${formatUtcDateTime(date)} (${formatRelative(date, now)})`
}

function JwtLines({ jwt, now }: { jwt: JwtFacts; now: number }) {
  const issuer =
    jwt.issuer === null ? null : isolate(jwt.issuer.length > MAX_ISSUER ? `${jwt.issuer.slice(0, MAX_ISSUER)}…` : jwt.issuer)
  return (
    <>
      {jwt.alg === 'none' ? (
        <Fact tone="warning">It is a JWT that is not signed (its header’s alg is “none”).</Fact>
      ) : (
        <Fact tone="ok">
          It is a JWT, signed with {jwt.alg === null ? 'an algorithm its header does not name' : isolate(jwt.alg)}.
        </Fact>
      )}
      {jwt.expiresAt === null ? (
        jwt.expiryUnreadable ? (
          <Fact tone="warning">Its expiry (exp) is not a date.</Fact>
        ) : (
          <Fact tone="info">It has no expiry (no exp claim).</Fact>
        )
      ) : jwt.expiresAt.getTime() <= now ? (
        <Fact tone="error">It expired on {when(jwt.expiresAt, now)}.</Fact>
      ) : (
        <Fact tone="ok">It expires on {when(jwt.expiresAt, now)}.</Fact>
      )}
      {issuer === null ? (
        <Fact tone="info">It names no issuer (no iss claim).</Fact>
      ) : (
        <Fact tone="info">Issuer (iss): {issuer}</Fact>
      )}
    </>
  )
}

function Facts({ check, now }: { check: TokenFileCheck | null; now: number }) {
  if (check === null) return <Fact tone="error">The browser could not read the file.</Fact>
  switch (check.kind) {
    case 'too-large':
      return <Fact tone="error">Not read: {Math.ceil(check.bytes / 1024)} KB is far more than a token file holds.</Fact>
    case 'empty':
      return <Fact tone="error">It is empty.</Fact>
    case 'not-json':
      return (
        <>
          <Fact tone="error">
            Not valid JSON
            {check.error === null
              ? '.'
              : `: at line ${check.error.line}, column ${check.error.column}, expected ${check.error.expected}.`}
          </Fact>
          {check.bareJwt ? <Fact tone="info">It looks like a bare JWT rather than a JSON document.</Fact> : null}
        </>
      )
    case 'not-an-object':
      return <Fact tone="error">Valid JSON, but not an object: it is {check.found}.</Fact>
    case 'no-token-field': {
      const keys = check.keys.map((key) => `“${key}”`).join(', ')
      const plural = check.otherKeys === 1 ? '' : 's'
      const others =
        check.otherKeys === 0
          ? ''
          : keys
            ? ` and ${check.otherKeys} other key${plural}`
            : `${check.otherKeys} key${plural} with long or unusual names`
      return (
        <>
          <Fact tone="ok">Valid JSON.</Fact>
          <Fact tone="error">
            No token field: it has no {FIELDS}. {keys || others ? `It has ${keys}${others}.` : 'It is an empty object.'}
          </Fact>
        </>
      )
    }
    case 'token-not-a-string':
      return (
        <>
          <Fact tone="ok">Valid JSON.</Fact>
          <Fact tone="error">
            Its “{check.key}” field is {check.found}, not a token.
          </Fact>
        </>
      )
    case 'token':
      return (
        <>
          <Fact tone="ok">Valid JSON.</Fact>
          <Fact tone="ok">The token is in its “{check.key}” field.</Fact>
          {check.jwt === null ? (
            <Fact tone="info">The token is not a JWT, so the console cannot read its expiry or issuer.</Fact>
          ) : (
            <JwtLines jwt={check.jwt} now={now} />
          )}
          {check.fileExpiry === null ? null : (
            <Fact tone={check.fileExpiry.getTime() <= now ? 'warning' : 'info'}>
              The file’s own “expiry” field says {when(check.fileExpiry, now)}.
            </Fact>
          )}
        </>
      )
  }
}

export function TokenFileResult({ check }: { check: TokenFileCheck | null }) {
  const now = useNow(30_000)
  return (
    <>
      <ul className={styles.facts}>
        <Facts check={check} now={now} />
      </ul>
      <p className={styles.hint}>
        Checked in this browser: nothing was uploaded or stored, and the page kept only these facts, not the file’s content.
      </p>
    </>
  )
}
