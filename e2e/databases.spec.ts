/**
 * The database journeys in a real browser against the demo build: create a database, grant a
 * token on it, see that token named before deleting the database, and find it soft-deleted.
 * The demo's mock lives in the page's service worker and is reseeded on every load, so the
 * journey moves through the app's own links and never reloads.
 */
import type { Request } from '@playwright/test'

import { expect, nextRequest, test } from './fixtures'
import { databaseRow, openDatabases } from './pages/databases'

test('a database from creation to soft deletion, with the token that reads it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()

  // Create journey_db, keeping 30 days of data.
  await openDatabases(page)
  await page.getByRole('button', { name: 'Create database' }).click()
  const create = page.getByRole('dialog', { name: 'Create a database' })
  await create.getByRole('textbox', { name: 'Database name' }).fill('journey_db')
  await create.getByRole('radio', { name: 'Delete data older than…' }).check()
  await expect(create.getByRole('textbox', { name: 'Retention amount' })).toHaveValue('30')
  await expect(create.getByRole('combobox', { name: 'Retention unit' })).toHaveValue('d')
  const created = nextRequest(page, 'POST', '/api/v3/configure/database')
  await create.getByRole('button', { name: 'Create database' }).click()
  expect((await created).postDataJSON()).toEqual({ db: 'journey_db', retention_period: '30d' })
  await expect(create).toBeHidden()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Database “journey_db” created, keeping 30 days of data.',
  )
  const row = databaseRow(page, 'journey_db')
  await expect(row.getByRole('cell').first()).toHaveText('30 days')

  // A database token that reads journey_db.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click()
  await page.getByRole('button', { name: 'Create token' }).click()
  const tokenDialog = page.getByRole('dialog')
  await tokenDialog.getByRole('radio', { name: /^Database token/ }).check()
  await tokenDialog.getByRole('button', { name: 'Next' }).click()
  await tokenDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('journey-reader')
  await tokenDialog.getByRole('grid', { name: 'Database permissions' }).getByRole('checkbox', { name: 'Read journey_db' }).check()
  const tokenCreated = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await tokenDialog.getByRole('button', { name: 'Create token' }).click()
  expect((await tokenCreated).postDataJSON()).toMatchObject({
    token_name: 'journey-reader',
    permissions: [{ resource_type: 'db', resource_names: ['journey_db'], actions: ['read'] }],
  })
  await expect(tokenDialog.getByRole('textbox', { name: 'Token string' })).toBeVisible()
  await page.keyboard.press('Escape')
  await tokenDialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(tokenDialog).toBeHidden()

  // Before deleting, the dialog names the token that will point at nothing.
  await openDatabases(page)
  await page.getByRole('button', { name: 'Delete database journey_db' }).click()
  const remove = page.getByRole('alertdialog', { name: 'Delete database “journey_db”?' })
  const access = remove.getByRole('region', { name: 'Tokens with access' })
  await expect(access.getByText('1 token names this database')).toBeVisible()
  await expect(access.getByRole('listitem')).toHaveText(['journey-reader'])

  await remove.getByRole('textbox', { name: 'Type journey_db to confirm' }).fill('journey_db')
  await remove.getByRole('radio', { name: /^Never:/ }).check()
  const deleted = nextRequest(page, 'DELETE', '/api/v3/configure/database')
  await remove.getByRole('button', { name: 'Delete database' }).click()
  const query = new URL((await deleted).url()).searchParams
  expect(Object.fromEntries(query)).toEqual({ db: 'journey_db', hard_delete_at: 'never' })
  await expect(remove).toBeHidden()
  await expect(page.getByRole('rowheader', { name: 'journey_db', exact: true })).toHaveCount(0)

  // Soft-deleted: renamed with the deletion time, its data kept.
  const listedWithDeleted = nextRequest(page, 'GET', '/api/v3/configure/database')
  await page.getByRole('checkbox', { name: 'Show deleted databases' }).check()
  expect(new URL((await listedWithDeleted).url()).searchParams.get('show_deleted')).toBe('true')
  await expect(page).toHaveURL(/\/databases\?deleted=1$/)
  const deletedRow = databaseRow(page, /^journey_db-\d{8}T\d{6} Deleted$/)
  await expect(deletedRow).toHaveCount(1)
  await expect(deletedRow).toContainText('Data kept (no hard-delete time)')
})

test('invalid database names are explained as they are typed, and cannot be sent', async ({ page }) => {
  const creates: Request[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v3/configure/database') creates.push(request)
  })
  await page.goto('/')
  await openDatabases(page)
  await page.getByRole('button', { name: 'Create database' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a database' })
  const name = dialog.getByRole('textbox', { name: 'Database name' })
  const createButton = dialog.getByRole('button', { name: 'Create database' })

  const cases = [
    ['_metrics', 'The name must start with a letter or a digit.'],
    ['my db', 'The name cannot contain spaces'],
    ['café', 'Use only ASCII letters, digits, “_” and “-”'],
    ['a/b/c', 'The name may contain at most one “/”'],
    ['metrics/', 'A “/” must be followed by a retention policy name'],
    ['a'.repeat(512), 'The name is 512 characters long; the server allows at most 511.'],
  ] as const
  for (const [invalid, message] of cases) {
    await name.fill(invalid)
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await expect(createButton).toBeDisabled()
    await name.press('Enter')
    await expect(dialog).toBeVisible()
  }

  // A valid name is sent: the first and only create request.
  await name.fill('valid_name')
  await expect(createButton).toBeEnabled()
  const created = nextRequest(page, 'POST', '/api/v3/configure/database')
  await createButton.click()
  expect((await created).postDataJSON()).toEqual({ db: 'valid_name' })
  expect(creates).toHaveLength(1)
})
