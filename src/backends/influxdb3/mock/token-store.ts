/**
 * The mock's token catalog. Like the server it keeps only the SHA-512 hash of each token
 * string, never the string itself, and looks tokens up by that hash.
 */
import { OPERATOR_TOKEN_NAME } from '../names'
import { ADMIN_PERMISSION, type Permission } from '../permissions'
import { newTokenSecret, randomHashHex, sha512Hex } from './crypto'

/** A permission as stored: db permissions also keep the ids their names resolved to at creation. */
export interface TokenPermission extends Permission {
  /** Ids of the named databases; absent for `*` and for non-db permissions. */
  databaseIds?: readonly number[]
}

export interface TokenRecord {
  readonly id: number
  readonly name: string
  /** Full lowercase hex SHA-512 of the token string. */
  hash: string
  readonly createdAt: number
  updatedAt: number | null
  updatedBy: number | null
  readonly createdBy: number | null
  readonly description: string | null
  /** Epoch ms; null never expires. The token is valid while `expiry > now`. */
  readonly expiry: number | null
  readonly permissions: readonly TokenPermission[]
}

export type NewTokenRecord = Omit<TokenRecord, 'id' | 'hash'>

export interface IssuedToken {
  /** The token string: handed out once, never stored. */
  readonly secret: string
  readonly record: TokenRecord
}

export { OPERATOR_TOKEN_NAME }
export const ADMIN_PERMISSIONS: readonly TokenPermission[] = [ADMIN_PERMISSION]

export function isAdminToken(token: TokenRecord): boolean {
  return token.permissions.some((p) => p.resourceType === '*')
}

export function isExpired(token: TokenRecord, now: number): boolean {
  return token.expiry !== null && token.expiry <= now
}

export class TokenStore {
  private readonly byId = new Map<number, TokenRecord>()
  private readonly idByName = new Map<string, number>()
  private readonly idByHash = new Map<string, number>()
  private nextId = 0

  get size(): number {
    return this.byId.size
  }

  /** All tokens in id order (ids only grow, so insertion order is id order). */
  all(): IterableIterator<TokenRecord> {
    return this.byId.values()
  }

  byName(name: string): TokenRecord | undefined {
    const id = this.idByName.get(name)
    return id === undefined ? undefined : this.byId.get(id)
  }

  byHash(hash: string): TokenRecord | undefined {
    const id = this.idByHash.get(hash)
    return id === undefined ? undefined : this.byId.get(id)
  }

  /** Creates a token under the next id; the caller has checked that the name is free. */
  async issue(fields: NewTokenRecord): Promise<IssuedToken> {
    const [issued] = await this.issueMany([fields])
    if (issued === undefined) throw new Error('no token issued')
    return issued
  }

  /**
   * Hashes in parallel, then inserts in the given order so ids follow it. With `strings: false`
   * (seeded tokens nobody is handed) no string is made: each token gets a random hash, and its
   * `secret` is empty.
   */
  async issueMany(list: readonly NewTokenRecord[], { strings = true }: { strings?: boolean } = {}): Promise<IssuedToken[]> {
    const secrets = list.map(() => (strings ? newTokenSecret() : ''))
    const hashes = strings ? await Promise.all(secrets.map(sha512Hex)) : secrets.map(() => randomHashHex())
    return list.map((fields, index) => {
      if (this.idByName.has(fields.name)) throw new Error(`token name already exists, ${fields.name}`)
      const record: TokenRecord = { id: this.nextId++, hash: hashes[index] ?? '', ...fields }
      this.byId.set(record.id, record)
      this.idByName.set(record.name, record.id)
      this.idByHash.set(record.hash, record.id)
      return { secret: secrets[index] ?? '', record }
    })
  }

  /** A new secret for the same token; the old string stops authenticating at once. */
  async regenerate(record: TokenRecord, now: number): Promise<string> {
    const secret = newTokenSecret()
    const hash = await sha512Hex(secret)
    this.idByHash.delete(record.hash)
    record.hash = hash
    record.updatedAt = now
    // As the catalog does: `updated_by` is the regenerated token's own id, not the caller's.
    record.updatedBy = record.id
    this.idByHash.set(hash, record.id)
    return secret
  }

  delete(record: TokenRecord): void {
    this.byId.delete(record.id)
    this.idByName.delete(record.name)
    this.idByHash.delete(record.hash)
  }
}
