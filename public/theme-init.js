/* global window, document */
// Applies the theme chosen in the header (a display preference, never a secret) before the first
// paint. A blocking script from the console's own origin, so the CSP keeps script-src 'self' and
// needs no inline script or hash. The key and values match src/app/theme-toggle.tsx.
try {
  var theme = window.localStorage.getItem('influxdb3-console.theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // Storage switched off: the system's theme applies.
}
