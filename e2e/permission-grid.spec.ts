/**
 * The permission grid with 1 000 databases (the demo's `large` scenario), in a real browser: only
 * a window of rows is in the DOM, yet the keyboard reaches every database, the focused row stays
 * in view below the sticky header, and axe finds nothing in any state of the window.
 */
import type { Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { tabTo } from './keyboard'
import { openCreateForm, tokenRow } from './pages/tokens'

// The large scenario's first page (10 000 tokens seeded in the page, then listed) takes a while on
// a busy machine: these journeys took 78-84 s in a clean-clone gate with the other worker busy.
test.describe.configure({ timeout: 120_000 })

/** The grid of the database token form, on the large scenario. */
async function openLargeGrid(page: Page): Promise<{ dialog: Locator; grid: Locator }> {
  await page.goto('/?scenario=large')
  await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 60_000 })
  const dialog = await openCreateForm(page, 'Database token')
  const grid = dialog.getByRole('grid', { name: 'Database permissions' })
  // 1 000 databases and _internal, plus the header row.
  await expect(grid).toHaveAttribute('aria-rowcount', '1002')
  return { dialog, grid }
}

/** The focused element's name and its row's `aria-rowindex`. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement
    return {
      label: element?.getAttribute('aria-label') ?? null,
      row: element?.closest('tr')?.getAttribute('aria-rowindex') ?? null,
    }
  })
}

/** The focused element lies inside the grid's scroll box, below its sticky header row. */
async function expectFocusInView(grid: Locator) {
  const box = await grid.evaluate((table) => {
    const view = table.parentElement!.getBoundingClientRect()
    const header = table.querySelector('thead')!.getBoundingClientRect()
    const cell = document.activeElement!.getBoundingClientRect()
    return { top: cell.top - header.bottom, bottom: view.bottom - cell.bottom }
  })
  expect(box.top, 'the focused box is below the header row').toBeGreaterThanOrEqual(-0.5)
  expect(box.bottom, 'the focused box is above the bottom of the view').toBeGreaterThanOrEqual(-0.5)
}

/** Presses Page Down until the focus is in the row with this `aria-rowindex` (at most 200 times). */
async function pageDownToRow(page: Page, row: string) {
  for (let presses = 0; presses < 200 && (await focused(page)).row !== row; presses++) {
    await page.keyboard.press('PageDown')
  }
}

test('the keyboard reaches the last of 1 000 databases, page by page and row by row', async ({ page }) => {
  const { grid } = await openLargeGrid(page)
  const rendered = await grid.locator('tbody tr[aria-rowindex]').count()
  expect(rendered, 'rows in the DOM').toBeLessThan(60)

  await tabTo(page, grid.locator('tbody input[tabindex="0"]'))
  expect(await focused(page)).toMatchObject({ row: '2', label: expect.stringMatching(/^Read /) })

  // Page Down, as often as it takes, to the last row: the system database _internal.
  await pageDownToRow(page, '1002')
  expect(await focused(page)).toEqual({ label: 'Read _internal', row: '1002' })
  await expectFocusInView(grid)
  await expect(grid.getByRole('rowheader', { name: /^_internal/ })).toBeVisible()

  // Row by row from there, then across, and Space ticks the box.
  await page.keyboard.press('ArrowDown')
  expect((await focused(page)).row).toBe('1002')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowRight')
  const second = await focused(page)
  expect(second.row).toBe('1001')
  expect(second.label).toMatch(/^Write /)
  await page.keyboard.press('Space')
  await expect(page.locator(':focus')).toBeChecked()
  await expectFocusInView(grid)

  // Ctrl+Home and Ctrl+End jump the whole list, and the view follows.
  await page.keyboard.press('Control+Home')
  expect((await focused(page)).row).toBe('2')
  await expectFocusInView(grid)
  await page.keyboard.press('Control+End')
  expect(await focused(page)).toEqual({ label: 'Write _internal', row: '1002' })
  await expectFocusInView(grid)
  expect(await grid.locator('tbody tr[aria-rowindex]').count(), 'rows in the DOM').toBeLessThan(60)
})

test('the focused row stays when it is scrolled away, and axe finds nothing in any window', async ({ page }) => {
  const { dialog, grid } = await openLargeGrid(page)
  await expectNoAxeViolations(page, 'database token form, 1 000 databases')

  await tabTo(page, grid.locator('tbody input[tabindex="0"]'))
  await page.keyboard.press('Control+End')
  expect((await focused(page)).row).toBe('1002')

  // Scroll back to the top with the wheel: the focused last row stays in the DOM, and focused.
  await grid.hover()
  await page.mouse.wheel(0, -100_000)
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toBeAttached()
  expect(await focused(page)).toEqual({ label: 'Read _internal', row: '1002' })
  await expectNoAxeViolations(page, 'database token form, first rows shown, last row focused')

  // "All databases" for Read locks the boxes, which keep the focus.
  await dialog
    .getByRole('group', { name: 'Read' })
    .getByRole('radio', { name: /^All databases/ })
    .check()
  await expect(grid.getByRole('checkbox', { name: 'Read _internal' })).toBeChecked()
  await expect(grid.getByRole('checkbox', { name: 'Read _internal' })).toBeDisabled()
  await grid.getByRole('checkbox', { name: 'Read _internal' }).focus()
  await page.keyboard.press('ArrowUp')
  const above = await focused(page)
  expect(above.row).toBe('1001')
  await expect(page.locator(':focus')).toBeChecked()
  await expectNoAxeViolations(page, 'database token form, 1 000 databases, read all')

  // The filter narrows the list and starts it from the top.
  await dialog.getByRole('searchbox', { name: 'Filter databases' }).fill('prod')
  const count = Number(await grid.getAttribute('aria-rowcount'))
  expect(count).toBeGreaterThan(2)
  expect(count).toBeLessThan(1002)
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toBeVisible()
  expect(await grid.evaluate((table) => table.parentElement!.scrollTop)).toBe(0)
})
