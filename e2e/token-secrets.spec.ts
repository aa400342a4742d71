/**
 * The one-time secret: closing the reveal before copying asks first, and regenerating the
 * operator token hands the console the new string without leaving it anywhere else.
 */
import { expectNoAxeViolations } from './axe'
import { expect, nextRequest, test } from './fixtures'
import { copyAndCheckClipboard, openCreateForm, revealedSecret, tokenCell, tokenRow } from './pages/tokens'
import { expectSecretGone } from './probes/secret-places'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('closing the reveal before copying asks "Close without copying?" first', async ({ page, log }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('not-copied')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)

  await page.keyboard.press('Escape')
  await expect(dialog.getByText('Close without copying?')).toBeVisible()
  await expect(dialog.getByText(/The token “not-copied” will not be shown again/)).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Token string' })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Go back to the token' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Token string' })).toHaveValue(secret)

  // The dialog's close button asks the same question.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(dialog.getByText('Close without copying?')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(dialog).toBeHidden()

  await expect(tokenRow(page, 'not-copied')).toBeVisible()
  await expectSecretGone(page, log, secret)
})

test('Back while the string is shown and not copied asks first; Stay keeps the string, and after copying Back just goes', async ({
  page,
  log,
}) => {
  await page.goto('/databases')
  await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
  await page.getByRole('link', { name: 'Tokens', exact: true }).click()
  await expect(tokenRow(page, '_admin')).toBeVisible()
  const dialog = await openCreateForm(page, 'Admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('back-button')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)

  await page.goBack()
  const question = page.getByRole('alertdialog', { name: 'Leave this page?' })
  await expect(question).toContainText('The token string has not been copied.')
  await expect(question.getByRole('button', { name: 'Stay' })).toBeFocused()
  await expectNoAxeViolations(page, 'Leave this page?')
  await question.getByRole('button', { name: 'Stay' }).click()
  await expect(question).toBeHidden()
  await expect(page).toHaveURL(/\/tokens$/)
  await expect(dialog.getByRole('textbox', { name: 'Token string' })).toHaveValue(secret)

  await copyAndCheckClipboard(page, dialog, secret)
  await page.goBack()
  await expect(page).toHaveURL(/\/databases$/)
  await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
  await expectSecretGone(page, log, secret)
})

test('regenerating the operator token switches the console to the new string and keeps it working', async ({ page, log }) => {
  await page.goto('/tokens')
  const adminRow = tokenRow(page, '_admin')
  await expect(adminRow.getByRole('rowheader')).toHaveText(/this session/)
  const fingerprint = await tokenCell(adminRow, 'Fingerprint')
  const oldFingerprint = (await fingerprint.textContent()) ?? ''
  expect(oldFingerprint).toMatch(/^[0-9a-f]{9}$/)

  await adminRow.getByRole('button', { name: 'Regenerate operator token _admin' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Regenerate the operator token?' })
  await expect(confirm).toContainText('This console is connected with it and will switch to the new string by itself.')
  const regenerate = confirm.getByRole('button', { name: 'Regenerate' })
  await expect(regenerate).toBeDisabled()
  await confirm.getByRole('textbox', { name: 'Type _admin to confirm' }).fill('_admin')
  const sent = nextRequest(page, 'POST', '/api/v3/configure/token/admin/regenerate')
  await regenerate.click()
  const regenerateRequest = await sent

  const dialog = page.getByRole('dialog', { name: 'Operator token regenerated' })
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  await expect(fingerprint).not.toHaveText(oldFingerprint)
  await expect(adminRow.getByRole('rowheader')).toHaveText(/this session/)

  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Databases' }).click()
  await expect(page.getByRole('table', { name: 'Databases' }).getByRole('rowheader', { name: /^sensors/ })).toBeVisible()
  await main.getByRole('link', { name: 'Tokens' }).click()
  await expect(adminRow.getByRole('rowheader')).toHaveText(/this session/)
  await expect(tokenRow(page, 'ci-deploy')).toBeVisible()
  await expect(page.getByLabel('Connected to InfluxDB 3 Enterprise 3.10.1')).toBeVisible()

  // What is on screen is fresh: every call since the swap used the new string and succeeded.
  const after = log.requests.slice(log.requests.indexOf(regenerateRequest) + 1).filter((request) => {
    const { pathname } = new URL(request.url())
    return pathname.startsWith('/api/v3/') || pathname === '/ping' || pathname === '/health'
  })
  expect(after.length).toBeGreaterThan(0)
  for (const request of after) {
    expect(await request.headerValue('authorization'), request.url()).toBe(`Bearer ${secret}`)
    expect((await request.response())?.status(), request.url()).toBeLessThan(400)
  }

  await expectSecretGone(page, log, secret)
})
