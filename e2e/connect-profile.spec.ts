/**
 * Connecting with an influxctl profile, in a real browser: on the Cloud Dedicated demo, a
 * `config.toml` chosen in the file dialog fills the account and cluster; the management token is
 * typed, never taken from the file; the console reaches the token list, and the token the file
 * held is nowhere the page can see or send.
 */
import type { Page, Request } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { placesHolding } from './probes/secret-places'

const FILL = 'Fill from an influxctl profile (config.toml)'
/** A management token written in the profile: the console must leave it there. */
const EMBEDDED_TOKEN = 'apiv1_written-in-the-profile-and-never-used'

/** The account, cluster and management token of the demo's session, as its first token list request names them. */
async function demoCredentials(page: Page) {
  const isTokenList = (request: Request) =>
    /^\/api\/v0\/accounts\/[^/]+\/clusters\/[^/]+\/tokens$/.test(new URL(request.url()).pathname)
  const listed = page.waitForRequest(isTokenList)
  await page.goto('/tokens?scenario=cloud-dedicated')
  const request = await listed
  const [, accountId = '', clusterId = ''] =
    /\/accounts\/([^/]+)\/clusters\/([^/]+)\//.exec(new URL(request.url()).pathname) ?? []
  const token = (await request.allHeaders()).authorization?.replace(/^Bearer /, '') ?? ''
  return { accountId, clusterId, token }
}

/** From the connected demo to its connect form, without reloading the page (the demo's mock lives in it). */
async function disconnect(page: Page) {
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()
  await page.getByRole('link', { name: 'Connection' }).click()
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByRole('button', { name: FILL })).toBeVisible()
}

function profile({ name = 'default', accountId, clusterId }: { name?: string; accountId: string; clusterId: string }) {
  return `## influxctl - example configuration
[[profile]]
    name = "${name}"
    product = "dedicated"
    host = "console.influxdata.com"
    account_id = "${accountId}"
    cluster_id = "${clusterId}"
    mgmt_token = "${EMBEDDED_TOKEN}"
`
}

test('connects to Cloud Dedicated with a profile file chosen in the file dialog, and reaches the token list', async ({
  page,
  log,
}) => {
  const { accountId, clusterId, token } = await demoCredentials(page)
  expect(token).not.toBe('')
  await disconnect(page)

  await page.getByRole('button', { name: FILL }).click()
  await page
    .getByRole('group', { name: FILL })
    .getByLabel('Choose the file')
    .setInputFiles({ name: 'config.toml', mimeType: 'application/toml', buffer: Buffer.from(profile({ accountId, clusterId })) })

  const status = page.getByRole('status').filter({ hasText: 'from the profile “default”' })
  await expect(status).toContainText('Filled Account ID and Cluster ID from the profile “default”.')
  await expect(status).toContainText('This console’s server is fixed')
  await expect(status).toContainText('It holds a management token (mgmt_token)')
  await expect(page.getByLabel('Account ID')).toHaveValue(accountId)
  await expect(page.getByLabel('Cluster ID')).toHaveValue(clusterId)
  await expect(page.getByLabel('Management token')).toHaveValue('')

  await page.getByLabel('Management token').fill(token)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('table', { name: 'Tokens' }).getByRole('rowheader', { name: /^Grafana dashboards/ })).toBeVisible()

  expect(await placesHolding(page, log, EMBEDDED_TOKEN), 'places holding the token written in the profile').toEqual([])
  const sent = await Promise.all(
    log.requests.map(async (request) => JSON.stringify([await request.allHeaders(), request.postData()])),
  )
  expect(sent.filter((request) => request.includes(EMBEDDED_TOKEN))).toEqual([])
})

test('axe finds no WCAG A/AA violation on the connect form with the profile panel open', async ({ page }) => {
  // axe analyses the whole page: several seconds on a loaded two-core machine.
  test.setTimeout(60_000)
  const { accountId, clusterId } = await demoCredentials(page)
  await disconnect(page)
  await page.getByRole('button', { name: FILL }).click()
  const panel = page.getByRole('group', { name: FILL })
  await panel
    .getByLabel('Or paste the file’s text')
    .fill([profile({ name: 'staging', accountId, clusterId }), profile({ accountId, clusterId })].join('\n'))
  await panel.getByRole('button', { name: 'Fill from the pasted text' }).click()
  await expect(panel.getByRole('group', { name: 'Profile to fill from' })).toBeVisible()
  await expectNoAxeViolations(page, 'connect form, profile panel open with a choice of profiles')
})
