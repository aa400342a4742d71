/** The fingerprint InfluxDB 3 shows for a token: the first 9 hex characters of its SHA-512. */
export async function tokenFingerprint(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-512', new TextEncoder().encode(secret))
  return [...new Uint8Array(digest)]
    .slice(0, 5)
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 9)
}
