// The headers every console page is served with, by the start command and (as text) by
// deploy/nginx.conf. The CSP allows only the console's own origin: no inline script, no eval,
// no third-party connections, no framing. Styles allow 'unsafe-inline' only because Radix's
// dialog scroll lock (react-remove-scroll) injects a <style> element at run time; inline styles
// cannot run code, and script-src stays strict.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

// The headers of every answer on the proxied InfluxDB 3 paths, whatever the upstream sent in
// their place, and of the proxy's own 502: an answer may carry a token string, so no cache may
// keep it, and it is data, never a page to render, frame or leave a referrer from. The start
// command's proxy (server/serve.mjs) and every proxied location of deploy/nginx.conf send these.
export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}
