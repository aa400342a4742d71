/**
 * Cloud Dedicated through the console's proxy (`INFLUXDB_CLOUD_DEDICATED_URL`), against the
 * seeded standalone management API mock: the operator connects with a management token, the
 * account id and the cluster id, creates a database token that expires, sees its string once,
 * and revokes it (it stays listed as revoked).
 */
import { DEDICATED } from '../../playwright.proxy.config'
import { expect, test } from '../fixtures'
import { tokenCell, tokenRow } from '../pages/tokens'

test('an operator connects with a management token and ids, creates an expiring database token and revokes it', async ({
  page,
}) => {
  await page.goto('/connection')
  const form = page.getByRole('form', { name: 'Connect to InfluxDB Cloud Dedicated' })
  await expect(form).toContainText('through this console’s proxy')
  await form.getByRole('textbox', { name: 'Account ID' }).fill(DEDICATED.accountId)
  await form.getByRole('textbox', { name: 'Cluster ID' }).fill(DEDICATED.clusterId)
  await form.getByRole('textbox', { name: 'Management token' }).fill(DEDICATED.token)
  await form.getByRole('button', { name: 'Connect' }).click()
  await expect(tokenRow(page, 'Backfill job')).toBeVisible()

  await page.getByRole('button', { name: 'Create token' }).click()
  await page.getByRole('dialog', { name: 'Create a token' }).getByRole('button', { name: 'Next' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a database token' })
  await dialog.getByRole('textbox', { name: 'Description' }).fill('proxy-dedicated-writer')
  await dialog.getByRole('grid', { name: 'Database permissions' }).getByRole('checkbox', { name: 'Write sensors' }).check()
  await dialog.getByRole('radio', { name: '30 days' }).check()
  await expect(dialog).toContainText(/Summary: “proxy-dedicated-writer” will be able to write sensors, until .+ UTC\./)
  const sent = page.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/tokens'),
  )
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const body = (await sent).postDataJSON() as { description: string; expiresAt?: string }
  expect(body.description).toBe('proxy-dedicated-writer')
  const days = (Date.parse(body.expiresAt ?? '') - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(29.9)
  expect(days).toBeLessThanOrEqual(30)

  const reveal = page.getByRole('dialog', { name: 'Token “proxy-dedicated-writer” created' })
  await expect(reveal.getByRole('textbox', { name: 'Token string' })).toHaveValue(/\S{20,}/)
  await reveal.getByRole('button', { name: 'Done' }).click()
  await reveal.getByRole('button', { name: 'Close without copying' }).click()

  const row = tokenRow(page, 'proxy-dedicated-writer')
  await expect(await tokenCell(row, 'Expiry')).toHaveText(/^\s*(in 30 days|next month)$/)
  await row.getByRole('button', { name: 'Revoke token proxy-dedicated-writer' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Revoke token “proxy-dedicated-writer”?' })
  await confirm.getByRole('textbox', { name: 'Type proxy-dedicated-writer to confirm' }).fill('proxy-dedicated-writer')
  await confirm.getByRole('button', { name: 'Revoke token' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Token “proxy-dedicated-writer” revoked.')
  await expect(row).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Show revoked' }).check()
  await expect(await tokenCell(row, 'Kind')).toContainText('Revoked')
})
