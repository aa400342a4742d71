/**
 * Servers the user connects to directly (direct mode): a name and a URL, kept in localStorage.
 * Never a token: a token reaches localStorage only through "Remember on this device".
 */

export interface SavedServer {
  id: string
  name: string
  url: string
}

const KEY = 'influxdb3-console.servers'

export function loadServers(storage: Storage): SavedServer[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]')
    if (!Array.isArray(value)) return []
    return value.filter((item: unknown): item is SavedServer => {
      if (item === null || typeof item !== 'object') return false
      const { id, name, url } = item as Record<string, unknown>
      return typeof id === 'string' && typeof name === 'string' && typeof url === 'string'
    })
  } catch {
    return []
  }
}

export function saveServers(storage: Storage, servers: readonly SavedServer[]): void {
  try {
    storage.setItem(KEY, JSON.stringify(servers.map(({ id, name, url }) => ({ id, name, url }))))
  } catch {
    // Storage blocked: the list lasts for this page only.
  }
}

export type UrlCheck = { ok: true; url: string } | { ok: false; error: string }

/**
 * A server's base URL: http(s) only, no credentials, no query; normalized without a trailing
 * slash. `originOnly`: no path either (the product's API paths are the console's to add).
 */
export function checkServerUrl(text: string, { originOnly = false }: { originOnly?: boolean | undefined } = {}): UrlCheck {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: 'Enter the server’s address, e.g. http://127.0.0.1:8181.' }
  if (/\s/.test(trimmed)) return { ok: false, error: 'The address cannot contain spaces.' }
  // "host:8181" parses as a URL with scheme "host:"; it is a missing scheme, not a strange one.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /^[^/:]+:\d+(\/|$)/.test(trimmed)) {
    return { ok: false, error: 'Start the address with http:// or https://, e.g. http://127.0.0.1:8181.' }
  }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return { ok: false, error: 'This is not a valid address.' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `Only http:// and https:// addresses can be used, not ${url.protocol}//.` }
  }
  if (url.username || url.password) return { ok: false, error: 'Put the token in the token field, not in the address.' }
  if (url.search || url.hash) return { ok: false, error: 'The address cannot have a query (?…) or fragment (#…).' }
  if (originOnly && url.pathname !== '/') {
    return {
      ok: false,
      error: `Enter the host only, without a path (${url.pathname}): the console adds the API’s paths itself, e.g. ${url.origin}.`,
    }
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` }
}
