/**
 * Where things land on the screen: a note ("Token … deleted.") never covers the actions next to
 * what it is about, on a 1440 × 900 desktop or a 390 × 844 phone (docs/decisions/007-toasts.md);
 * and the one-time reveal keeps the token string and each snippet on one line that scrolls
 * sideways, never broken across lines, with axe clean in both themes.
 */
import type { Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { openCreateForm, revealedSecret, rowAction, tokenRow } from './pages/tokens'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  expect(box, 'the element is on the screen').not.toBeNull()
  return box!
}

const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' })

/** Deletes a token from its row's trash button, where the page is scrolled now, and waits for the note. */
async function deleteFromRow(page: Page, name: string) {
  const row = tokenRow(page, name)
  await (await rowAction(row, `Delete token ${name}`)).click()
  await page
    .getByRole('alertdialog', { name: `Delete token “${name}”?` })
    .getByRole('button', { name: 'Delete token' })
    .click()
  await expect(notifications(page)).toContainText(`Token “${name}” deleted.`)
  await expect(row).toHaveCount(0)
}

/** Every button of a row in sight (Clone, Replace…, Delete, Edit… or, on a phone, Actions) and its selection box. */
async function actionBoxes(row: Locator): Promise<Box[]> {
  const controls = [...(await row.getByRole('button').all()), ...(await row.getByRole('checkbox').all())]
  expect(controls.length, 'the row has actions').toBeGreaterThan(0)
  return Promise.all(controls.map(boxOf))
}

test.describe('on a 1440 × 900 desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('the note of a delete covers neither the bulk action bar nor any action in sight', async ({ page }) => {
    await page.goto('/tokens')
    await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 30_000 })
    // A selection fills the bulk bar with its buttons ("Delete selected…").
    await tokenRow(page, 'etl-pipeline').getByRole('checkbox').check()
    const bar = page.getByRole('group', { name: 'Bulk actions' })
    await expect(bar.getByRole('button', { name: 'Delete selected…' })).toBeVisible()

    await deleteFromRow(page, 'grafana-weather')
    const note = await boxOf(notifications(page))
    expect(overlap(note, await boxOf(bar)), 'the note over the bulk action bar').toBe(false)
    // Every control of the page in the window, the rows at the bottom of it included: read in
    // one pass (a locator per control takes seconds each on a loaded machine).
    const inSight = await page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll('button, input, a[href]')]
        .map((control) => control.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight)
        .map(({ x, y, width, height }) => ({ x, y, width, height })),
    )
    expect(inSight.length).toBeGreaterThan(20)
    const covered = inSight.filter((box) => overlap(note, box))
    expect(covered, 'controls under the note').toEqual([])
  })
})

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the note of a delete does not cover the actions of the card that takes its place', async ({ page }) => {
    await page.goto('/tokens')
    await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 30_000 })
    // The card's Actions button at the bottom of the screen, where a thumb reaches it.
    const actions = tokenRow(page, 'ci-deploy').getByRole('button', { name: 'Actions for token ci-deploy' })
    await actions.evaluate((element) => element.scrollIntoView({ block: 'end' }))

    await deleteFromRow(page, 'ci-deploy')
    const note = await boxOf(notifications(page))
    for (const action of await actionBoxes(tokenRow(page, 'etl-pipeline'))) {
      expect(overlap(note, action), 'the note over an action of the next card').toBe(false)
    }
  })

  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`with the system in ${scheme} mode`, () => {
      test.use({ colorScheme: scheme, permissions: ['clipboard-read', 'clipboard-write'] })
      // axe over a sheet takes seconds on a loaded two-core machine.
      test.describe.configure({ timeout: 90_000 })

      test('the reveal keeps the token and each snippet on one line that scrolls sideways', async ({ page }) => {
        await page.goto('/tokens')
        await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 30_000 })
        const dialog = await openCreateForm(page, 'Admin token')
        await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`one-line-${scheme}`)
        await dialog.getByRole('button', { name: 'Create token' }).click()
        await revealedSecret(dialog)

        // The string field does not wrap: on a phone its 92 characters run past its right edge.
        const field = dialog.getByRole('textbox', { name: 'Token string' })
        const shape = await field.evaluate((element) => ({
          whiteSpace: getComputedStyle(element).whiteSpace,
          wrap: element.getAttribute('wrap'),
          overflows: element.scrollWidth > element.clientWidth,
        }))
        expect(shape).toEqual({ whiteSpace: 'pre', wrap: 'off', overflows: true })

        // Each snippet is a named, focusable region whose text forms one line box.
        const snippets = dialog.getByRole('region', { name: / snippet$/ })
        expect(await snippets.count()).toBeGreaterThanOrEqual(2)
        for (const snippet of await snippets.all()) {
          await expect(snippet).toHaveAttribute('tabindex', '0')
          const lines = await snippet.evaluate((element) => {
            const range = document.createRange()
            range.selectNodeContents(element)
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
          })
          expect(lines, `lines of ${await snippet.getAttribute('aria-label')}`).toBe(1)
          expect(await snippet.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
        }
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }))
        expect(widths.page, 'the page is no wider than the screen').toBeLessThanOrEqual(widths.screen)
        await expectNoAxeViolations(page, `reveal on a phone, ${scheme}`)

        await dialog.getByRole('button', { name: 'Copy token' }).click()
        await dialog.getByRole('button', { name: 'Done' }).click()
        await expect(dialog).toBeHidden()
      })
    })
  }
})
