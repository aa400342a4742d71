/** The equivalent CLI and curl lines a product offers for each action (the screens' `commands` slot). */
import type { Permission } from '../lib/permission'
import type { HardDelete } from './domain'
import type { DatabaseChange, DatabaseDraft, TokenDraft, TokenRef } from './port'

/** What a command needs beside the action: where the server is and the session's scope. Never a token. */
export interface CommandContext {
  /** The server's address (a placeholder in demo mode). */
  baseUrl: string
  /** The moment an expiry in seconds from now is counted from (a CLI that takes a date). */
  now: Date
  /** As `BackendConnection.scope`: InfluxDB 2's `orgID`, Cloud Dedicated's `accountId` and `clusterId`. */
  scope: Readonly<Record<string, string>>
}

/**
 * One action as the product's CLI and as curl would do it, to copy. The credential is an
 * environment variable (`$INFLUXDB3_AUTH_TOKEN`, `$INFLUX_TOKEN`, `$MANAGEMENT_TOKEN`) or the
 * CLI's own configuration, never a token string.
 */
export interface EquivalentCommand {
  /** Absent when the CLI has no such command. */
  cli?: string | undefined
  /** Absent when the API cannot be called in one line (the note says why). */
  curl?: string | undefined
  /** What to know before running them (an id looked up, a difference from the console). */
  note?: string | undefined
}

/** Pure builders of the equivalent commands; an optional one is absent where the product lacks the action. */
export interface ProductCommands {
  listTokens: (context: CommandContext) => EquivalentCommand
  createToken: (draft: TokenDraft, context: CommandContext) => EquivalentCommand
  deleteToken: (token: TokenRef, context: CommandContext) => EquivalentCommand
  setStatus?: ((token: TokenRef, status: 'active' | 'inactive', context: CommandContext) => EquivalentCommand) | undefined
  setDescription?: ((token: TokenRef, description: string, context: CommandContext) => EquivalentCommand) | undefined
  setPermissions?:
    ((token: TokenRef, permissions: readonly Permission[], context: CommandContext) => EquivalentCommand) | undefined
  regenerateOperator?: ((context: CommandContext) => EquivalentCommand) | undefined
  createDatabase: (draft: DatabaseDraft, context: CommandContext) => EquivalentCommand
  deleteDatabase: (name: string, context: CommandContext, hardDeleteAt?: HardDelete) => EquivalentCommand
  /** A retention change (a humantime period, or null for infinite) and, where the product has them, limits. */
  changeDatabase: (name: string, change: DatabaseChange, context: CommandContext) => EquivalentCommand
}
