/**
 * The port: what product-neutral screens may ask of any InfluxDB product. Each product (a
 * folder under backends/) implements it with its own wire format; screens never see that
 * format, and ask a capability (`backend.operator`, `backend.tokens.setStatus`) instead of a
 * product's name. See docs/decisions/012-backend-port-and-registry.md.
 *
 * The shapes already fit the products to come (facts: InfluxData's API references):
 * - ids are strings: InfluxDB 3's numbers as text, InfluxDB 2's 16 hex digits, the management
 *   API's UUIDs; a token is removed by its reference (id and name), whichever the product uses;
 * - a token's name may be a description that is not unique (InfluxDB 2, the management API);
 * - status is active, inactive (InfluxDB 2) or revoked (the management API keeps revoked tokens
 *   listed, with the time);
 * - a permission is actions × a resource type × names (or every one of that type);
 * - a create may answer 200 or 201: the adapter reads either.
 */
import type { Permission } from '../lib/permission'
import type { CreatedToken, Database, DatabaseLimits, HardDelete, ServerInfo, Token } from './domain'

/** The products the console knows; the registry maps each to its adapter and screens' slots. */

export interface CallOptions {
  signal?: AbortSignal | undefined
}

/** Enough to address one token in every product. */
export type TokenRef = Pick<Token, 'id' | 'name'>

/** A token to create: what it may do and until when. */
export interface TokenDraft {
  /** The name (InfluxDB 3) or description (InfluxDB 2, the management API). */
  name: string
  /** Everything the server can grant (InfluxDB 3 admin, InfluxDB 2 all-access); `permissions` is then unused. */
  fullAccess: boolean
  permissions: readonly Permission[]
  /** Seconds from now; null for a token that never expires. */
  expirySecs: number | null
}

export interface DatabaseDraft {
  name: string
  /** A humantime period (`30d`); absent for infinite retention. */
  retention?: string | undefined
  /** Products with per-database limits (the management API); the server's defaults when absent. */
  limits?: Partial<DatabaseLimits> | undefined
}

/** A change of a database's settings: its limits, its retention, or both. */
export interface DatabaseChange {
  limits?: Partial<DatabaseLimits> | undefined
  /** A humantime period, or null for infinite; absent to leave it as it is. */
  retention?: string | null | undefined
}

export interface Backend {
  /** The registry's id of the product (`ProductId` in registry.ts). */
  readonly product: string
  /** Scopes query keys: a new connection never sees another connection's cached answers. */
  readonly connectionKey: string

  /** The server's product name and version, for the header. */
  identify(options?: CallOptions): Promise<ServerInfo>

  tokens: {
    list(options?: CallOptions): Promise<Token[]>
    /**
     * Resolves with the token's string: the only time it exists outside the caller. When the
     * server made the token but withheld its string (an InfluxDB 2 or Cloud answer with an empty
     * or redacted `token`), it rejects with an `OutcomeError` of outcome `done-without-secret`
     * (`backends/http/outcome.ts`): the token exists, its string never reached the console, and
     * the screens already word that case. It never resolves with an empty secret.
     */
    create(draft: TokenDraft, options?: CallOptions): Promise<CreatedToken>
    /** Deletes the token (or, where `revokes` is set, revokes it: it stays listed as revoked). */
    remove(token: TokenRef, options?: CallOptions): Promise<void>
    /** Set when removing revokes instead of deleting. */
    readonly revokes?: boolean
    /**
     * Set when tokens cannot expire on this product (InfluxDB 2 and Cloud authorizations have no
     * expiry): a draft's `expirySecs` must be null, and `create` rejects any other value.
     */
    readonly neverExpire?: boolean
    /** Optional: products that can switch a token on and off. */
    setStatus?: (token: TokenRef, status: 'active' | 'inactive', options?: CallOptions) => Promise<void>
    /** Optional: products that can change a token's description in place. */
    setDescription?: (token: TokenRef, description: string, options?: CallOptions) => Promise<void>
    /** Optional: products that can change a token's permissions in place. */
    setPermissions?: (token: TokenRef, permissions: readonly Permission[], options?: CallOptions) => Promise<void>
    /**
     * Optional: the one harmless call that shows a token's own string works (or why there is
     * none), loaded when asked. The string is handed to `run` only: never kept, logged or cached.
     */
    trial?: (token: Pick<Token, 'permissions'>) => Promise<TokenTrial>
  }

  /**
   * Optional: what a token may be granted beside databases (InfluxDB 2: telegrafs one by one, and
   * every other resource type of the org as a whole). Types as the product names them.
   */
  resources?: {
    /** Types granted only as a whole (every one in the org, including later ones), read and/or write. */
    typeWide(options?: CallOptions): Promise<string[]>
    /** The names of a type's resources that can be granted one by one. */
    names(type: string, options?: CallOptions): Promise<string[]>
  }

  databases: {
    list(options?: CallOptions & { showDeleted?: boolean }): Promise<Database[]>
    create(draft: DatabaseDraft, options?: CallOptions): Promise<void>
    /** `retention` is a humantime period, or null for infinite. */
    setRetention(name: string, retention: string | null, options?: CallOptions): Promise<void>
    remove(name: string, options?: CallOptions & { hardDeleteAt?: HardDelete }): Promise<void>
    /**
     * Set when a removal is soft and `hardDeleteAt` says when the data goes for good (InfluxDB 3);
     * elsewhere the server alone decides, and `hardDeleteAt` is unused.
     */
    readonly hardDelete?: boolean
    /** Set when deleted databases stay listed, shown on request (`list({ showDeleted })`): InfluxDB 3's soft deletes. */
    readonly listsDeleted?: boolean
    /** Set when the list counts each database's tables (`Database.tableCount`). */
    readonly countsTables?: boolean
    /**
     * Optional: products whose databases have limits that can be changed (the management API). A
     * retention change given with them goes in the same request: one answer says whether the
     * whole change applied.
     */
    setLimits?: (name: string, change: DatabaseChange, options?: CallOptions) => Promise<void>
  }

  /** Optional: a product whose operator token can be regenerated (InfluxDB 3's `_admin`). */
  operator?: {
    /** The operator token's name (`_admin`): it cannot be deleted, only regenerated. */
    readonly name: string
    /** The old string stops working at once; resolves with the new one. */
    regenerate(options?: CallOptions): Promise<CreatedToken>
    /**
     * Optional: creates the operator token on a fresh server that has no token yet, without any
     * token (InfluxDB 3 allows it exactly once). Rejects with an HTTP `ApiError` of status 409 when
     * the server already has one.
     */
    bootstrap?: (options?: CallOptions) => Promise<CreatedToken>
  }
}

/** A harmless call made with a token's own string, as `tokens.trial` plans it. */
export type TokenTrial =
  | {
      possible: true
      /** What is called, in the product's words: `GET /ping`, `SELECT 1 on sensors`. */
      call: string
      /** Never rejects: every failure is an answer. */
      run(secret: string, options?: CallOptions): Promise<TrialResult>
    }
  | { possible: false; reason: string }

export interface TrialResult {
  ok: boolean
  /** The server's answer in a line: `200 OK`, `403 Forbidden: …`. */
  detail: string
}

/** How the console reaches servers (its own server's `/console-config.json` says which). */
export type ConsoleMode = 'demo' | 'proxy' | 'direct'

export interface VerifyInput {
  baseUrl: string
  token: string
  mode: ConsoleMode
  timeoutMs?: number | undefined
  /** As `BackendConnection.scope`: Cloud Dedicated's `accountId` and `clusterId` are checked too. */
  scope?: Readonly<Record<string, string>> | undefined
}

/** A scope the credential may work in, as the user picks it (InfluxDB 2: an organization). */
export interface ScopeChoice {
  label: string
  scope: Readonly<Record<string, string>>
}

/**
 * Before a session starts: does this credential work for managing tokens here, and why not. A
 * product whose session needs a scope the server knows (InfluxDB 2's org) answers the choices;
 * the connect screen takes the only one, or asks.
 */
export type Verification =
  { ok: true; info: ServerInfo; scopes?: readonly ScopeChoice[] | undefined } | { ok: false; title: string; detail: string }

/** How a backend reaches its server: read at each request, so a token swap applies at once. */
export interface BackendConnection {
  baseUrl: () => string
  token: () => string | null | undefined
  connectionKey: string
  /**
   * What the product needs beside server and token, fixed for the connection: InfluxDB 2's
   * `orgID`, the management API's `accountId` and `clusterId` (Cloud Dedicated only: Clustered
   * has none). Empty for InfluxDB 3.
   */
  scope?: Readonly<Record<string, string>> | undefined
  timeoutMs?: number | undefined
}
