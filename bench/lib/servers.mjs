// The servers a bench run talks to, all on free ports: the standalone mock with the `demo`
// and the `large` scenario, the large InfluxDB 2 and Cloud Dedicated mocks, one console server
// in front of each, and a static server for the floor app (the same server/main.mjs, without a
// proxy target).
import { startNode } from './processes.mjs'

const V2_TOKEN = 'bench-influxdb2-operator-token'
const MANAGEMENT = {
  token: 'bench-management-token',
  accountId: '3f1c6a0e-5b2d-4c8e-9a71-0d2e4b6f8a10',
  clusterId: '7a9e2c41-1d3b-4f6a-8c05-e2b7d9f4a3c6',
}

/**
 * @param {string} root the repository root
 * @param {{ consoleOut: string, floorOut: string }} builds where the two builds are
 */
export async function startServers(root, { consoleOut, floorOut }) {
  const mock = (scenario) =>
    startNode(`mock (${scenario})`, ['--import', 'tsx', 'src/mocks/standalone.ts', '--port', '0', '--scenario', scenario], {
      cwd: root,
      ready: [/Operator token: (\S+)\n/, /listening on (http:\/\/\S+)\n/],
    }).then(({ found: [token, url] }) => ({ token, url }))
  const server = (dir, target, variable = 'INFLUXDB3_HOST_URL') =>
    startNode(`console server (${target ?? 'static'})`, ['server/main.mjs', '--dir', dir, '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      // The server proxies to one upstream: the other products' variables are cleared.
      env: {
        ...process.env,
        INFLUXDB3_HOST_URL: '',
        INFLUX_HOST: '',
        INFLUXDB_CLOUD_DEDICATED_URL: '',
        INFLUXDB_CLUSTERED_URL: '',
        [variable]: target ?? '',
      },
      ready: [/→ (http:\/\/\S+?)\/?\n/],
      timeoutMs: 30_000,
    }).then(({ found: [url] }) => url)

  // 10 000 authorizations and 1 000 buckets; its operator token is the one given.
  const v2Large = startNode(
    'mock (influxdb2 large)',
    [
      '--import',
      'tsx',
      'src/mocks/standalone.ts',
      '--product',
      'influxdb2',
      '--scenario',
      'large',
      '--token',
      V2_TOKEN,
      '--port',
      '0',
    ],
    { cwd: root, ready: [/Org: \S+ \(id ([0-9a-f]{16})\)\n/, /listening on (http:\/\/\S+)\n/] },
  ).then(({ found: [orgID, url] }) => ({ token: V2_TOKEN, url, scope: { orgID } }))
  // 10 000 database tokens and 500 databases.
  const managementLarge = startNode(
    'mock (cloud-dedicated large)',
    [
      '--import',
      'tsx',
      'src/mocks/standalone.ts',
      '--product',
      'cloud-dedicated',
      '--scenario',
      'large',
      '--token',
      MANAGEMENT.token,
      '--account-id',
      MANAGEMENT.accountId,
      '--cluster-id',
      MANAGEMENT.clusterId,
      '--port',
      '0',
    ],
    { cwd: root, ready: [/listening on (http:\/\/\S+)\n/] },
  ).then(({ found: [url] }) => ({
    token: MANAGEMENT.token,
    url,
    scope: { accountId: MANAGEMENT.accountId, clusterId: MANAGEMENT.clusterId },
  }))

  const [demo, large, v2, management] = await Promise.all([mock('demo'), mock('large'), v2Large, managementLarge])
  const [demoConsole, largeConsole, v2Console, managementConsole, floor] = await Promise.all([
    server(consoleOut, demo.url),
    server(consoleOut, large.url),
    server(consoleOut, v2.url, 'INFLUX_HOST'),
    server(consoleOut, management.url, 'INFLUXDB_CLOUD_DEDICATED_URL'),
    server(floorOut, null),
  ])
  return {
    demo: { ...demo, console: demoConsole },
    large: { ...large, console: largeConsole },
    v2Large: { ...v2, product: 'influxdb2', console: v2Console },
    managementLarge: { ...management, product: 'cloud-dedicated', console: managementConsole },
    floor,
  }
}
