/**
 * The slots a product fills for the shared screens: words and descriptors, never components (a
 * product folder stays framework-free). The token list, the create dialog and the reveal read
 * these instead of asking which product is connected. See docs/architecture.md.
 */
import type { Permission } from '../lib/permission'
import type { DatabaseNoun } from '../lib/token-describe'
import type { ServerInfo, Token } from './domain'
import type { ProductCommands } from './product-commands'
import type { AdminTokenGuide } from './product-guides'
import type { ProductTemplates } from './product-templates'

/**
 * How a product's CLI writes permissions: the permission editor's "type them" field and the
 * equivalent command beside it (InfluxDB 3: `db:a,b:read`, `--permission "…"`).
 */
export interface PermissionSyntax {
  /** A short example to show in hints, e.g. `db:sensors:read`. */
  example: string
  /** A longer one for the empty field, e.g. `db:sensors,weather:read db:sensors:write`. */
  placeholder: string
  parse: (text: string) => { ok: true; permissions: Permission[] } | { ok: false; error: string }
  /** The CLI's arguments for these permissions; empty for none. */
  cliArguments: (permissions: readonly Permission[]) => string
}

/** The kinds a product sorts its tokens into, for the list's badge and kind filter. */
/** The privilege a kind's badge shows: the operator's, other full access, databases, system endpoints. */
export type KindTone = 'operator' | 'full-access' | 'database' | 'system'

export interface TokenKinds {
  /** Every kind's label, in the order the filter offers them. */
  labels: Readonly<Record<string, string>>
  /** Each kind's badge colour by the privilege it grants (docs/design.md); a kind left out is neutral. */
  tones: Readonly<Partial<Record<string, KindTone>>>
  /** The kinds the filter offers (a kind for unreadable permissions may be left out). */
  filterable: readonly string[]
  /** The kind of a token with these permissions (null: the console cannot read them) and name. */
  kindOf: (permissions: readonly Permission[] | null, name: string) => string
  /**
   * Names that can change a token's kind (InfluxDB 3's `_admin` is the operator token). For every
   * other name the kind depends on the permissions alone, so a list derives it once per set.
   */
  namesThatMatter: readonly string[]
}

/**
 * A filter of the token list that only some products need (InfluxDB 2's status and resource
 * type), kept in the URL under `param`. Descriptors only: the list renders them as selects.
 */
export interface TokenFilter {
  param: string
  label: string
  /** The choice that filters nothing: "Any status". */
  anyLabel: string
  /** The choices, given the listed tokens (called once per list, not per render). */
  options: (tokens: readonly Token[]) => readonly { value: string; label: string }[]
  matches: (token: Token, value: string) => boolean
}

/** A resource set chosen by ticking names (InfluxDB 3's system endpoints). */
export interface ResourceChoices {
  resourceType: string
  /** The one action granted on the chosen resources. */
  action: string
  legend: string
  /** The "every one, including later ones" choice, and how it is sent. */
  allLabel: string
  allSentAs: string
  choices: readonly { name: string; label: string; explain: string }[]
  /** Words for the summary: "read the health endpoint", "read every system endpoint". */
  noun: { one: string; many: string; every: string }
}

/**
 * Grants beside the database grid (`Backend.resources`): a grid for each type whose resources are
 * chosen one by one (InfluxDB 2's telegrafs), and one of the types granted only as a whole.
 */
export interface MoreResources {
  named: readonly { resourceType: string; noun: DatabaseNoun }[]
  typeWide: boolean
}

/** What a token type's form asks for beside name and expiry. */
export type TokenGrants =
  | { kind: 'full-access'; summary: string; neverWarning: string }
  | { kind: 'databases'; more?: MoreResources | undefined }
  | ({ kind: 'resources' } & ResourceChoices)

/** One choice of the create dialog's first step. */
export interface TokenTypeOption {
  id: string
  /** "Admin token", and the dialog's title once chosen ("Create an admin token"). */
  label: string
  title: string
  explain: string
  grants: TokenGrants
  /** Why this server cannot create this type (its edition), or null. */
  unavailable?: (product: ServerInfo['product'] | undefined) => string | null
}

export interface Snippet {
  id: string
  label: string
  text: string
}

/** A field the connect screen asks beside address and token; its value goes to the session's scope. */
export interface ScopeField {
  /** The scope's key (`accountId`). */
  key: string
  label: string
  hint: string
  placeholder?: string | undefined
  /** Why a typed value (trimmed, not empty) cannot be right, or null; any value when absent. */
  check?: ((value: string) => string | null) | undefined
}

/** What one profile of a product's CLI configuration fills on the connect screen. Never a secret. */
export interface ConnectProfile {
  /** Its name in the file (influxctl's `default`…). */
  name: string
  /** The product it is for: a registry id (`clustered`), or the file's own word when the console knows none. */
  product: string
  /** The server's address, when the profile says where the product's API is. */
  url?: string | undefined
  /** Values for the scope fields, by their key. */
  scope: Readonly<Record<string, string>>
  /** What the profile holds that the form does not take, and why: a token, a token file, a sign-in flow. */
  notes: readonly string[]
}

export type ConnectProfileRead = { ok: true; profiles: readonly ConnectProfile[] } | { ok: false; error: string }

/** Filling the connect form from the product's CLI configuration file, read in the browser and kept nowhere. */
export interface ConnectProfileSource {
  /** The control that opens it: "Fill from an influxctl profile (config.toml)". */
  label: string
  /** Where the file is, and what becomes of it. */
  hint: string
  /** The file chooser's `accept`. */
  accept: string
  /** The file's profiles, the one the CLI uses by default first; or why the text is not such a file. */
  read: (text: string) => ConnectProfileRead
}

/** How the connect screen asks for a connection to this product. */
export interface ConnectWords {
  urlPlaceholder: string
  /**
   * The address is the server's origin only: the console adds the API's paths itself (the
   * management API's `/api/v0/…`), so a path would be sent twice. Absent: a path is kept (an
   * InfluxDB behind a reverse proxy's prefix).
   */
  originOnly?: boolean | undefined
  tokenLabel: string
  tokenPlaceholder: string
  tokenHint: string
  /** What the user must know about direct mode (no proxy) with this product, if anything. */
  directModeNote?: { title: string; body: string } | undefined
  scopeFields?: readonly ScopeField[] | undefined
  /** The product's CLI configuration, to fill the address and scope fields from. */
  profile?: ConnectProfileSource | undefined
  /** A lost operator token has a way back on this product (InfluxDB 3's recovery page). */
  lostTokenHelp: boolean
  /** How a fresh server gets its first token when the console cannot create it (InfluxDB 2's onboarding). */
  firstRun?: { title: string; body: string; command: string } | undefined
}

/** What a token is called by on this product: a unique name (InfluxDB 3) or a free description. */
export interface TokenNaming {
  /** The create form's field: "Name", "Description". */
  label: string
  hint: string
  /** A description may be left empty (InfluxDB 2): then `emptyNote` says what is stored. */
  required: boolean
  emptyNote?: string | undefined
  /** Two tokens may not share it (InfluxDB 3's names); descriptions may repeat. */
  unique: boolean
}

/** What names a product takes for a new database: the create form's hint and check. */
export interface DatabaseNameRule {
  hint: string
  /** Why the server would refuse this name, or null. */
  check: (name: string) => string | null
}

export interface ProductScreens {
  /** The equivalent CLI and curl lines of each action; loaded when a dialog shows them. */
  commands?: (() => Promise<ProductCommands>) | undefined
  connect: ConnectWords
  /** How tokens are named; InfluxDB 3's unique, required name when absent. */
  naming?: TokenNaming | undefined
  /** What the product calls its databases (InfluxDB 2's buckets); "database" when absent. */
  databaseNoun?: DatabaseNoun
  /** Its rule for a new database's name; InfluxDB 3's (`lib/database-name.ts`) when absent. */
  databaseName?: DatabaseNameRule | undefined
  /** The shortest retention period the server takes, in seconds (InfluxDB 2: an hour); any when absent. */
  minRetentionSeconds?: number | undefined
  /** The server's name for the header when it does not name itself. */
  editionLabel: (product: ServerInfo['product']) => string
  tokenKinds: TokenKinds
  /** The token list's filters beside search, kind, expiry and database, in the order shown. */
  tokenFilters?: readonly TokenFilter[] | undefined
  /**
   * The create dialog's types, in the order offered: the narrowest first, full access last. The
   * first available one that is not full access is chosen first; a full-access type never is.
   */
  tokenTypes: readonly TokenTypeOption[]
  /** Templates for common jobs, offered beside the types; loaded when the create dialog opens. */
  templates?: (() => Promise<ProductTemplates>) | undefined
  permissionSyntax?: PermissionSyntax | undefined
  /** What to do when the server's database limit is reached (its limits, what counts). */
  databaseLimitAdvice?: string | undefined
  /** The CLI command that lists tokens as the server stores them, for permissions the console cannot read. */
  listTokensCommand?: string | undefined
  /** The admin-token guide, for a product whose admin token lives outside the console; loaded when its page opens. */
  adminTokenGuide?: (() => Promise<AdminTokenGuide>) | undefined
  /**
   * Why a leaked string cannot be matched to its token here: the product lists no hash of its
   * tokens. Absent where the list shows fingerprints (InfluxDB 3) and the leak check works.
   */
  noLeakCheck?: string | undefined
  reveal: {
    /** Ready-to-paste lines for the new token (the bare string first). */
    snippets: (secret: string) => readonly Snippet[]
    /** Why the string is shown only once: what the server keeps of it. */
    kept: string
    /** What else to know about a new token on this product (it takes a while to start working, say). */
    note?: string | undefined
  }
}
