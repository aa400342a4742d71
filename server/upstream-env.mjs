// Which product the console's server proxies to, from the environment: one variable per
// product, named as that product's own tools name it where they have one.
//   INFLUXDB3_HOST_URL           InfluxDB 3 Core and Enterprise (the influxdb3 CLI's variable)
//   INFLUX_HOST                  InfluxDB 2 OSS, InfluxDB Cloud Serverless (the influx CLI's variable)
//   INFLUXDB_CLOUD_DEDICATED_URL the Cloud Dedicated management API host (https://console.influxdata.com)
//   INFLUXDB_CLUSTERED_URL       an InfluxDB Clustered cluster's host (its /api/v0 management API)
// At most one may be set; none means no proxy (the demo, or direct mode).

export const UPSTREAM_VARIABLES = {
  INFLUXDB3_HOST_URL: 'influxdb3',
  INFLUX_HOST: 'influxdb2',
  INFLUXDB_CLOUD_DEDICATED_URL: 'cloud-dedicated',
  INFLUXDB_CLUSTERED_URL: 'clustered',
}

/**
 * The upstream the environment names: `{ product, target, variable }`, `null` for none, or
 * `{ error }` when two are set or a value is not an http(s) URL.
 * @param {Record<string, string | undefined>} env
 */
export function upstreamFromEnv(env) {
  const set = Object.entries(UPSTREAM_VARIABLES).filter(([name]) => env[name])
  if (set.length === 0) return null
  if (set.length > 1) {
    return { error: `Set only one of ${set.map(([name]) => name).join(' and ')}: the console proxies to one server.` }
  }
  const [[variable, product]] = set
  const target = env[variable]
  if (!/^https?:\/\/[^/]+/.test(target)) return { error: `${variable} must be an http:// or https:// URL, got "${target}".` }
  return { product, target, variable }
}
