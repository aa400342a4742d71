/**
 * Issue 16's replace, verify and leak check: a replace keeps the old token until the new one is
 * verified; a leak check finds a token from its string without the string leaving the page.
 */
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { openCreateForm, revealedSecret, tokenRow } from './pages/tokens'
import { expectSecretGone } from './probes/secret-places'

test('a replace keeps the old token until the new one is verified, then deletes it when confirmed', async ({ page }) => {
  // Two axe runs on a shared machine.
  test.slow()
  await page.goto('/tokens')
  await tokenRow(page, 'etl-pipeline').getByRole('button', { name: 'Replace token etl-pipeline' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Replace a token')
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('etl-pipeline (new)')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  await revealedSecret(dialog)
  const checklist = dialog.getByRole('region', { name: 'Replace “etl-pipeline”' })
  const retire = checklist.getByRole('button', { name: 'Delete “etl-pipeline”…' })
  await expect(retire).toHaveAttribute('aria-disabled', 'true')
  await expectNoAxeViolations(page, 'the replace checklist')

  await checklist.getByRole('button', { name: 'Mark clients updated' }).click()
  // Not verified yet: the old token cannot be removed, and the step says why.
  await expect(retire).toHaveAttribute('aria-disabled', 'true')
  await expect(retire).toHaveAccessibleDescription('First verify the new token: the old one stays until the new one works.')

  await checklist.getByRole('button', { name: 'Verify the new token' }).click()
  await expect(checklist.getByText(/The token works\. 200: SELECT 1 ran on/)).toBeVisible()
  await retire.click()
  await checklist.getByRole('button', { name: 'Delete “etl-pipeline”', exact: true }).click()
  await expect(checklist.getByText('“etl-pipeline” deleted. The replacement is complete.')).toBeVisible()
  await expectNoAxeViolations(page, 'the replace checklist, done')

  await dialog.getByRole('button', { name: 'Done' }).click()
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(tokenRow(page, 'etl-pipeline (new)')).toBeVisible()
  // Exactly the old name: `tokenRow` would also match “etl-pipeline (new)”.
  await expect(page.getByRole('rowheader', { name: 'etl-pipeline', exact: true })).toHaveCount(0)
})

test('a replace closed midway leaves both tokens and says so', async ({ page }) => {
  await page.goto('/tokens')
  await tokenRow(page, 'etl-pipeline').getByRole('button', { name: 'Replace token etl-pipeline' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  await revealedSecret(dialog)
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Replace not finished')
  await expect(tokenRow(page, 'etl-pipeline (new)')).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'etl-pipeline', exact: true })).toBeVisible()
})

test('a leak check finds the token without the string reaching the network, storage or the field', async ({ page, log }) => {
  // A create, then every storage and cache probe: more than 30 s on a loaded two-core machine.
  test.slow()
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('leaked-admin')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(tokenRow(page, 'leaked-admin')).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leak check' }).click()
  const field = page.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveAttribute('autocomplete', 'off')
  await expect(field).toHaveAttribute('spellcheck', 'false')
  await expectNoAxeViolations(page, 'the leak check')
  const before = log.requests.length
  await field.fill(secret)
  await page.getByRole('button', { name: 'Check' }).click()
  const matches = page.getByRole('list', { name: 'Matching tokens' })
  await expect(matches).toContainText('leaked-admin')
  await expect(field).toHaveValue('')
  await expect(matches.getByRole('link', { name: 'Replace leaked-admin…' })).toBeVisible()
  await expectNoAxeViolations(page, 'the leak check, a match')

  // Every request since the paste: neither its URL, its headers nor its body holds the string.
  const sent = log.requests.slice(before)
  for (const request of sent) {
    const text = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ''].join('\n')
    expect(text, `${request.method()} ${request.url()}`).not.toContain(secret)
  }
  await expectSecretGone(page, log, secret)
})
