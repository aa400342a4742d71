/**
 * Shell lines the console shows for copying: POSIX single-quoting (a `'` inside becomes `'\''`),
 * and a curl line whose credential is an environment variable, never a token string.
 */

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/

/** One shell word: as is when it has nothing the shell reads, otherwise single-quoted. */
export function shellQuote(text: string): string {
  if (text !== '' && SAFE.test(text)) return text
  return `'${text.replaceAll("'", `'\\''`)}'`
}

export interface CurlSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The full URL, query included (quoted here). */
  url: string
  /** A shell variable ending the URL's path (`BUCKET_ID_1`), expanded by the shell. */
  urlVariable?: string | undefined
  /** `Bearer $INFLUXDB3_AUTH_TOKEN`: expanded by the shell, so it is double-quoted. */
  authorization: string
  /** The body exactly as the console sends it; absent for none. */
  json?: unknown
}

/** `curl` with one option per continued line, the body as one single-quoted JSON word. */
export function curlCommand({ method, url, urlVariable, authorization, json }: CurlSpec): string {
  const target = shellQuote(url) + (urlVariable === undefined ? '' : `"$${urlVariable}"`)
  const lines = [`curl -X ${method} ${target}`, `-H "Authorization: ${authorization}"`]
  if (json !== undefined) lines.push(`-H 'Content-Type: application/json'`, `--data ${shellQuote(JSON.stringify(json))}`)
  return lines.join(' \\\n  ')
}

/** `base` (trailing slashes dropped) + `path` + the query's defined values, encoded. */
export function apiUrl(base: string, path: string, query: Readonly<Record<string, string | undefined>> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value)
  const search = params.toString()
  return `${base.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`
}
