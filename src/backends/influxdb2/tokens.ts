/** Authorizations as the port's tokens, and a create's answer as a revealed token. */
import type { CreatedToken, Token } from '../domain'
import { ApiError } from '../http/errors'
import type { RequestSpec } from '../http/http'
import { OutcomeError } from '../http/outcome'
import { parseTimestamp, parseTimestampMs } from '../http/parse'
import type { CreatedAuthorization, ListedAuthorization } from './client'
import { fromWire, permissionText, type ReadContext } from './permissions'
import type { AuthorizationWire } from './wire'

const LIST_SPEC: RequestSpec = { method: 'GET', path: '/api/v2/authorizations' }
const CREATE_SPEC: RequestSpec = { method: 'POST', path: '/api/v2/authorizations' }

/**
 * Whether this may be the session's own token. Where the server lists strings (OSS ≤ 2.7) the
 * client knows; where it withholds them, any active token that can read this org's
 * authorizations may be it (the console reads them with its own), and the screens ask more before
 * deleting or deactivating one.
 */
function sessionMatch(wire: AuthorizationWire, isSession: boolean | undefined, { orgID }: ReadContext): Token['session'] {
  if (isSession !== undefined) return isSession ? 'yes' : undefined
  const readsTokens = wire.permissions.some(
    ({ action, resource: r }) =>
      action === 'read' && r.type === 'authorizations' && r.id === undefined && (r.orgID === undefined || r.orgID === orgID),
  )
  return wire.status === 'active' && readsTokens ? 'maybe' : undefined
}

/** The port's token: `name` is the description (may be empty), no fingerprint (v2 shows no hash), no expiry. */
export function toToken({ authorization: wire, isSession }: ListedAuthorization, context: ReadContext): Token {
  return {
    id: wire.id,
    name: wire.description ?? '',
    fingerprint: undefined,
    createdAt: parseTimestampMs(wire.createdAt, LIST_SPEC, 'createdAt'),
    expiresAt: undefined,
    permissions: fromWire(wire.permissions, context),
    permissionsText: wire.permissions.map(permissionText).join(' '),
    status: wire.status,
    updatedAt: wire.updatedAt === undefined ? undefined : parseTimestampMs(wire.updatedAt, LIST_SPEC, 'updatedAt'),
    owner: { id: wire.userID, name: wire.user ?? wire.userID },
    session: sessionMatch(wire, isSession, context),
  }
}

async function sha512Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-512', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The revealed token. When the server created it but withheld its string (empty or redacted),
 * this throws the outcome the screens already word: done, its string never reached the console.
 */
export async function toCreatedToken({ authorization, token }: CreatedAuthorization): Promise<CreatedToken> {
  if (token === null) {
    const withheld = new ApiError({
      kind: 'invalid-response',
      status: 201,
      method: CREATE_SPEC.method,
      path: CREATE_SPEC.path,
      message: `The server created the token (id ${authorization.id}) but did not return its string. Delete it and create another, or read it where the server shows it.`,
    })
    throw new OutcomeError('done-without-secret', withheld)
  }
  return {
    id: authorization.id,
    name: authorization.description ?? '',
    secret: token,
    // The server states no hash; this is the SHA-512 of the string it returned.
    hash: await sha512Hex(token),
    createdAt: parseTimestamp(authorization.createdAt, CREATE_SPEC, 'createdAt'),
    expiresAt: undefined,
  }
}
