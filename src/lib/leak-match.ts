/**
 * The leak check's matching: a pasted token string is hashed in the browser (SHA-512, lowercase
 * hex, as InfluxDB 3 stores it: influxdata/influxdb `influxdb3_catalog` `compute_token_hash`) and
 * compared with the fingerprints the server lists (`system.tokens.hash`: the hash's first 9 hex
 * characters). Nothing of the string leaves this module but its hash.
 */

/** Full lowercase hex SHA-512 of the text's UTF-8 bytes. */
export async function sha512Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-512', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The listed tokens whose fingerprint starts the hash: nine hex digits, so at most a few. */
export function leakMatches<T extends { fingerprint: string | undefined }>(hash: string, tokens: readonly T[]): T[] {
  const lower = hash.toLowerCase()
  return tokens.filter(
    (t) => t.fingerprint !== undefined && t.fingerprint !== '' && lower.startsWith(t.fingerprint.toLowerCase()),
  )
}
