/** Deleting tokens: the operator token refuses and says why; any other goes after a named confirmation. */
import { expect, nextRequest, test } from './fixtures'
import { tabTo } from './keyboard'
import { tokenRow } from './pages/tokens'

const OPERATOR_DELETE_REASON = 'The operator token cannot be deleted — regenerate it instead.'

test('the operator token cannot be deleted, and its delete button says why', async ({ page, log }) => {
  await page.goto('/tokens')
  const adminRow = tokenRow(page, '_admin')
  const remove = adminRow.getByRole('button', { name: 'Delete token _admin' })
  await expect(remove).toHaveAttribute('aria-disabled', 'true')
  await expect(remove).toBeDisabled()
  await expect(remove).toHaveAccessibleDescription(OPERATOR_DELETE_REASON)

  const reason = page.getByRole('tooltip', { name: OPERATOR_DELETE_REASON })
  await expect(reason).toBeHidden()
  await remove.hover()
  await expect(reason).toBeVisible()
  await page.getByRole('heading', { name: 'Tokens' }).hover()
  await expect(reason).toBeHidden()
  await tabTo(page, remove)
  await expect(reason).toBeVisible()

  // A pointer click and the keyboard both do nothing.
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await remove.click({ force: true }) // eslint-disable-line playwright/no-force-option -- Playwright will not click an aria-disabled button by itself
  await expect(page.getByRole('alertdialog')).toHaveCount(0)

  // Round trips to the server after the clicks: any DELETE they caused would have gone first.
  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Databases' }).click()
  await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
  await main.getByRole('link', { name: 'Tokens' }).click()
  await expect(adminRow).toBeVisible()
  expect(log.requests.filter((request) => request.method() === 'DELETE').map((r) => r.url())).toEqual([])
})

test('deleting a token asks for a confirmation that names it, then removes it', async ({ page }) => {
  await page.goto('/tokens')
  const row = tokenRow(page, 'ci-deploy')
  await row.getByRole('button', { name: 'Delete token ci-deploy' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete token “ci-deploy”?' })
  await expect(confirm).toHaveAccessibleDescription(/Every client using ci-deploy loses access at once/)

  const sent = nextRequest(page, 'DELETE', '/api/v3/configure/token')
  await confirm.getByRole('button', { name: 'Delete token' }).click()
  const url = new URL((await sent).url())
  expect(url.pathname + url.search).toBe('/api/v3/configure/token?token_name=ci-deploy')

  await expect(confirm).toBeHidden()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('status').getByText('Token “ci-deploy” deleted.')).toBeVisible()
  await expect(tokenRow(page, '_admin')).toBeVisible()
})
