try {
  var t = localStorage.getItem('influxdb3-console.theme')
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t
} catch {
  // no storage: the system theme
}
