// The servers a bench run talks to, all on free ports: the standalone mock with the `demo`
// and the `large` scenario, one console server in front of each, and a static server for the
// floor app (the same server/main.mjs, without a proxy target).
import { startNode } from './processes.mjs'

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
  const server = (dir, target) =>
    startNode(`console server (${target ?? 'static'})`, ['server/main.mjs', '--dir', dir, '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, INFLUXDB3_HOST_URL: target ?? '' },
      ready: [/→ (http:\/\/\S+?)\/?\n/],
      timeoutMs: 30_000,
    }).then(({ found: [url] }) => url)

  const [demo, large] = await Promise.all([mock('demo'), mock('large')])
  const [demoConsole, largeConsole, floor] = await Promise.all([
    server(consoleOut, demo.url),
    server(consoleOut, large.url),
    server(floorOut, null),
  ])
  return { demo: { ...demo, console: demoConsole }, large: { ...large, console: largeConsole }, floor }
}
