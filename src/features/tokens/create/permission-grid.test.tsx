import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { permissionSyntax } from '../../../backends/influxdb3/permissions'
import { rowOf } from '../../../test/rows'
import { type GridDatabase, PermissionGrid } from './permission-grid'
import { EMPTY_GRID, type GridValue } from './permission-grid-model'

const DATABASES: GridDatabase[] = [
  { name: 'sensors', isSystem: false },
  { name: 'weather', isSystem: false },
  { name: 'billing', isSystem: false },
  { name: '_internal', isSystem: true },
]

/** The grid as the create form holds it: controlled, in the parent's state. */
function Harness({ databases = DATABASES }: { databases?: GridDatabase[] }) {
  const [value, setValue] = useState<GridValue>(EMPTY_GRID)
  return <PermissionGrid databases={databases} value={value} onChange={setValue} syntax={permissionSyntax} />
}

function renderGrid(databases?: GridDatabase[]) {
  const user = userEvent.setup()
  render(<Harness databases={databases} />)
  return { user, table: screen.getByRole('grid', { name: 'Database permissions' }) }
}

const box = (name: string) => screen.getByRole('checkbox', { name })
const scope = (column: 'Read' | 'Write', name: string | RegExp) =>
  within(screen.getByRole('group', { name: column })).getByRole('radio', { name })
/** The column headers with no filter: they tick every listed row. */
const READ_ALL = 'Read all 4 listed databases'
const WRITE_ALL = 'Write all 4 listed databases'
/** From the page's start: the Read and Write scopes, the filter, "Show selected only", the two column headers, the rows. */
async function tabIntoRows(user: ReturnType<typeof userEvent.setup>) {
  for (let stop = 0; stop < 7; stop++) await user.tab()
}
const cliLine = () => screen.getByText(/^CLI equivalent:/)
const cliField = () => screen.getByRole('textbox', { name: 'Or type permissions' })

describe('the database permission grid', () => {
  it('names every checkbox by its action and database', () => {
    const { table } = renderGrid()
    const boxes = within(table).getAllByRole('checkbox')
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual([
      READ_ALL,
      WRITE_ALL,
      'Read sensors',
      'Write sensors',
      'Read weather',
      'Write weather',
      'Read billing',
      'Write billing',
      'Read _internal',
      'Write _internal',
    ])
    expect(within(table).getByRole('rowheader', { name: /^_internal/ })).toHaveTextContent('_internal system database')
  })

  it('states what "All databases" means before it is chosen, then checks and locks every row', async () => {
    const { user } = renderGrid()
    const all = scope('Read', /^All databases, including future ones/)
    // Stated beside the choice and read with its group, before anything is chosen.
    expect(screen.getByRole('group', { name: 'Read' })).toHaveAccessibleDescription(
      /^Databases created later are covered by “All” on their own: nobody grants them\./,
    )
    expect(scope('Read', 'Specific databases')).toBeChecked()

    await user.click(all)
    for (const db of ['sensors', 'weather', 'billing', '_internal']) {
      expect(box(`Read ${db}`)).toBeChecked()
      expect(box(`Read ${db}`)).toHaveAttribute('aria-disabled', 'true')
      expect(box(`Write ${db}`)).not.toBeChecked()
      expect(box(`Write ${db}`)).not.toHaveAttribute('aria-disabled')
    }
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read"')
  })

  it('gives back the databases picked one by one when "Specific databases" is chosen again', async () => {
    const { user } = renderGrid()
    await user.click(box('Write sensors'))
    await user.click(box('Write billing'))
    await user.click(scope('Write', /^All databases/))
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:write"')

    await user.click(scope('Write', 'Specific databases'))
    expect(box('Write sensors')).toBeChecked()
    expect(box('Write billing')).toBeChecked()
    expect(box('Write weather')).not.toBeChecked()
    expect(box('Write weather')).not.toHaveAttribute('aria-disabled')
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:billing,sensors:write"')
  })

  it('shows a partly ticked column as mixed; its header ticks every listed row by name, never *', async () => {
    const { user } = renderGrid()
    expect(box(READ_ALL)).not.toBePartiallyChecked()

    await user.click(box('Read sensors'))
    await user.click(box('Read billing'))
    expect(box(READ_ALL)).toBePartiallyChecked()
    expect(box(READ_ALL)).toHaveAttribute('aria-checked', 'mixed')
    expect(box(WRITE_ALL)).not.toBePartiallyChecked()

    await user.click(box(READ_ALL))
    expect(box(READ_ALL)).toBeChecked()
    expect(box('Read weather')).toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:_internal,billing,sensors,weather:read"')
    await user.click(box(READ_ALL))
    expect(box('Read sensors')).not.toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: none yet')
  })

  it('with a filter, a column header ticks only the rows shown, and says so', async () => {
    const { user, table } = renderGrid()
    await user.click(box('Write sensors'))
    await user.type(screen.getByRole('searchbox', { name: 'Filter databases' }), 'WEA')

    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((row) => row.textContent),
    ).toEqual(['weather'])
    await user.click(box('Write the 1 database shown (filtered)'))
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:sensors,weather:write"')

    await user.clear(screen.getByRole('searchbox', { name: 'Filter databases' }))
    expect(box('Write sensors')).toBeChecked()
    expect(box('Write billing')).not.toBeChecked()
    expect(box('Write _internal')).not.toBeChecked()
  })

  it('counts the databases picked, and shows only them on request', async () => {
    const { user, table } = renderGrid()
    expect(screen.getByText('0 selected')).toBeInTheDocument()
    await user.click(box('Read sensors'))
    await user.click(box('Write billing'))
    expect(screen.getByText('2 selected')).toBeInTheDocument()

    const only = screen.getByRole('button', { name: 'Show selected only' })
    await user.click(only)
    expect(only).toHaveAttribute('aria-pressed', 'true')
    expect(rowheaders(table)).toEqual(['sensors', 'billing'])
    expect(box('Read the 2 databases shown (filtered)')).toBePartiallyChecked()

    await user.click(only)
    expect(rowheaders(table)).toEqual(['sensors', 'weather', 'billing', '_internal system database'])
  })

  it('warns while a grant includes the system database _internal', async () => {
    const { user } = renderGrid()
    expect(screen.queryByText(/is a system database/)).not.toBeInTheDocument()
    await user.click(box('Read _internal'))
    expect(screen.getByText(/is a system database/)).toHaveTextContent(
      '_internal is a system database: the server’s own records, not your data.',
    )
    await user.click(box('Read _internal'))
    expect(screen.queryByText(/is a system database/)).not.toBeInTheDocument()
  })

  it('says so when the filter matches no database', async () => {
    const { user, table } = renderGrid()
    await user.type(screen.getByRole('searchbox', { name: 'Filter databases' }), 'nothing')
    expect(within(table).queryAllByRole('checkbox', { name: /sensors|weather|billing|_internal/ })).toEqual([])
    expect(within(table).getByText('No database matches “nothing”.')).toBeInTheDocument()
  })

  it('works with the keyboard alone: one Tab into the rows, arrows between boxes, Space toggles', async () => {
    const { user } = renderGrid()
    await tabIntoRows(user)
    expect(box('Read sensors')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Read sensors')).toBeChecked()

    await user.keyboard('{ArrowRight}')
    expect(box('Write sensors')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Write sensors')).toBeChecked()

    // The rows are one Tab stop: Tab leaves them, Shift+Tab comes back to the same box.
    await user.tab()
    expect(cliField()).toHaveFocus()
    await user.tab({ shift: true })
    expect(box('Write sensors')).toHaveFocus()
    await user.tab({ shift: true })
    await user.tab({ shift: true })
    expect(box(READ_ALL)).toHaveFocus()
    await user.keyboard(' ')
    expect(box(READ_ALL)).toBeChecked()
    expect(cliLine()).toHaveTextContent(
      'CLI equivalent: --permission "db:sensors:read,write" --permission "db:_internal,billing,weather:read"',
    )
  })

  it('fills the grid from permissions typed in CLI syntax, on Enter', async () => {
    const { user } = renderGrid()
    await user.type(cliField(), 'db:sensors,weather:read db:sensors:write{Enter}')

    expect(box('Read sensors')).toBeChecked()
    expect(box('Read weather')).toBeChecked()
    expect(box('Write sensors')).toBeChecked()
    expect(box('Write weather')).not.toBeChecked()
    expect(box('Read billing')).not.toBeChecked()
    expect(box(READ_ALL)).toBePartiallyChecked()
  })

  it('fills the grid from typed permissions with the Apply button, * included', async () => {
    const { user } = renderGrid()
    await user.type(cliField(), 'db:*:write db:billing:read')
    await user.click(screen.getByRole('button', { name: 'Apply' }))

    expect(scope('Write', /^All databases/)).toBeChecked()
    expect(box('Write weather')).toHaveAttribute('aria-disabled', 'true')
    expect(box('Read billing')).toBeChecked()
    expect(box('Read sensors')).not.toBeChecked()
  })

  it.each([
    ['db:sensors,nope:read', 'There is no database "nope" on this server. Create it first, or fix the name.'],
    ['system:health:read', 'Only database permissions (db:…) belong here; use a system token for system access.'],
    ['db:sensors:delete', '"delete" is not offered here: choose read and/or write.'],
  ])('refuses %j with a message and leaves the grid as it was', async (text, message) => {
    const { user } = renderGrid()
    await user.click(box('Write weather'))
    await user.type(cliField(), `${text}{Enter}`)

    expect(cliField()).toHaveAttribute('aria-invalid', 'true')
    expect(cliField()).toHaveAccessibleDescription(message)
    expect(box('Write weather')).toBeChecked()
    expect(box('Read sensors')).not.toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:weather:write"')
  })

  it('clears the message once valid permissions are applied', async () => {
    const { user } = renderGrid()
    await user.type(cliField(), 'db:nope:read{Enter}')
    await user.clear(cliField())
    await user.type(cliField(), 'db:weather:read{Enter}')

    expect(cliField()).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(/There is no database/)).not.toBeInTheDocument()
    expect(box('Read weather')).toBeChecked()
  })

  it('shows the CLI equivalent of the grid, grouping what each database gets', async () => {
    const { user } = renderGrid()
    expect(cliLine()).toHaveTextContent('CLI equivalent: none yet')
    await user.click(box('Read sensors'))
    await user.click(box('Write sensors'))
    await user.click(box('Write weather'))
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:sensors:read,write" --permission "db:weather:write"')
  })

  it('round-trips: permissions typed from the CLI line rebuild the same grid', async () => {
    const { user } = renderGrid()
    await user.click(box('Read billing'))
    await user.click(box('Read _internal'))
    await user.click(box('Write billing'))
    expect(cliLine()).toHaveTextContent('--permission "db:billing:read,write" --permission "db:_internal:read"')

    // Start over with the header, then type back what the CLI line said.
    await user.click(box(READ_ALL))
    await user.click(box(READ_ALL))
    await user.click(box('Write billing'))
    expect(box('Read billing')).not.toBeChecked()
    await user.type(cliField(), 'db:billing:read,write db:_internal:read{Enter}')

    expect(box('Read billing')).toBeChecked()
    expect(box('Write billing')).toBeChecked()
    expect(box('Read _internal')).toBeChecked()
    expect(box('Write _internal')).not.toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:billing:read,write" --permission "db:_internal:read"')
  })
})

const rowheaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
/** The grid row (`aria-rowindex`) a cell sits in. */
const rowIndexOf = (element: HTMLElement) => rowOf(element).getAttribute('aria-rowindex')

describe('the grid for keyboard and screen-reader users', () => {
  it('is described by how to move in it', () => {
    const { table } = renderGrid()
    expect(table).toHaveAccessibleDescription(/the arrow keys move between databases/)
  })

  it('counts its rows, the header row included, and numbers each one', () => {
    const { table } = renderGrid()
    expect(table).toHaveAttribute('aria-rowcount', '5')
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.getAttribute('aria-rowindex')),
    ).toEqual(['1', '2', '3', '4', '5'])
  })

  it('counts only the matching rows when the filter narrows them, and the “no match” row', async () => {
    const { user, table } = renderGrid()
    const filter = screen.getByRole('searchbox', { name: 'Filter databases' })
    await user.type(filter, 'in')
    expect(rowheaders(table)).toEqual(['billing', '_internal system database'])
    expect(table).toHaveAttribute('aria-rowcount', '3')
    expect(rowIndexOf(box('Read _internal'))).toBe('3')

    await user.type(filter, 'zzz')
    expect(table).toHaveAttribute('aria-rowcount', '2')
    expect(rowIndexOf(within(table).getByText('No database matches “inzzz”.'))).toBe('2')
  })

  it('has exactly one Tab stop among its rows, wherever the focus moved', async () => {
    const { user, table } = renderGrid()
    const body = within(table).getAllByRole('rowgroup')[1]!
    // Roving focus is a DOM fact: count every element in the Tab order, whatever its role.
    // eslint-disable-next-line testing-library/no-node-access
    const tabStops = () => [...body.querySelectorAll('[tabindex="0"]')]
    expect(tabStops()).toEqual([box('Read sensors')])

    box('Read sensors').focus()
    await user.keyboard('{ArrowDown}{ArrowRight}')
    expect(box('Write weather')).toHaveFocus()
    expect(tabStops()).toEqual([box('Write weather')])
    // A click moves the Tab stop too.
    await user.click(box('Read _internal'))
    expect(tabStops()).toEqual([box('Read _internal')])
  })

  it('moves with the arrow keys, Home and End, stopping at the edges', async () => {
    const { user, table } = renderGrid()
    const name = (db: string) => within(table).getByRole('rowheader', { name: new RegExp(`^${db}`) })
    box('Read sensors').focus()

    await user.keyboard('{ArrowUp}')
    expect(box('Read sensors')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(box('Read weather')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(name('weather')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(name('weather')).toHaveFocus()
    await user.keyboard('{End}')
    expect(box('Write weather')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(box('Write weather')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(name('weather')).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(name('_internal')).toHaveFocus()
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(name('sensors')).toHaveFocus()
    await user.keyboard('{ArrowRight}{Control>}{End}{/Control}')
    expect(box('Read _internal')).toHaveFocus()
  })

  it('keeps the boxes "All databases" locked focusable, and Space or a click cannot untick them', async () => {
    const { user } = renderGrid()
    await user.click(scope('Read', /^All databases/))
    await user.click(box('Read all 4 listed databases'))
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read"')
    await user.tab() // Write all
    await user.tab()
    expect(box('Read sensors')).toHaveFocus()

    await user.keyboard(' ')
    await user.click(box('Read weather'))
    expect(box('Read sensors')).toBeChecked()
    expect(box('Read weather')).toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read"')
    await user.keyboard('{ArrowRight} ')
    expect(box('Write weather')).toHaveFocus()
    expect(box('Write weather')).toBeChecked()
  })
})

/** 1 000 databases, db-0000 to db-0999: far more than the grid renders at once. */
const MANY: GridDatabase[] = Array.from({ length: 1000 }, (_, index) => ({
  name: `db-${String(index).padStart(4, '0')}`,
  isSystem: false,
}))
const ROW_PX = 40
const VIEW_PX = 400

/**
 * jsdom lays nothing out and cannot scroll: give the grid's scroll box a 400 px view and a
 * scroll height for all its rows, every row (and the header) 40 px, and a scrollTo that scrolls
 * and reports it a moment later, as a browser does.
 */
/* eslint-disable testing-library/no-node-access -- jsdom has no layout: the mock finds the grid's scroll box by its structure, as the browser's layout would */
function mockLayout() {
  const isGridBox = (element: Element) => element.querySelector(':scope > table[role="grid"]') !== null
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'TR' || this.tagName === 'THEAD' ? ROW_PX : 0
  })
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return isGridBox(this) ? VIEW_PX : 0
  })
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return isGridBox(this) ? Number(this.querySelector('table')?.getAttribute('aria-rowcount')) * ROW_PX : 0
  })
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    value(this: Element, options: ScrollToOptions) {
      this.scrollTop = options.top ?? this.scrollTop
      setTimeout(() => this.dispatchEvent(new Event('scroll')))
    },
  })
}
/* eslint-enable testing-library/no-node-access */

describe('the grid with 1 000 databases', () => {
  beforeEach(mockLayout)
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollTo
  })

  // eslint-disable-next-line testing-library/no-node-access -- the grid scrolls in the table's own box
  const scrollBox = (table: HTMLElement) => table.parentElement!
  /** Scrolls the grid about half-way down, as the mouse wheel would. */
  function scrollHalfway(table: HTMLElement) {
    scrollBox(table).scrollTop = 500 * ROW_PX
    fireEvent.scroll(scrollBox(table))
  }

  it('renders only the rows in view and a few more, and counts them all', () => {
    const { table } = renderGrid(MANY)
    const shown = rowheaders(table)
    expect(shown[0]).toBe('db-0000')
    expect(shown.length).toBeGreaterThan(VIEW_PX / ROW_PX)
    expect(shown.length).toBeLessThan(40)
    expect(table).toHaveAttribute('aria-rowcount', '1001')
    expect(screen.queryByRole('checkbox', { name: 'Read db-0999' })).not.toBeInTheDocument()
  })

  it('moves the focus to the last database with Ctrl+End, rendering and scrolling to it', async () => {
    const { user, table } = renderGrid(MANY)
    await tabIntoRows(user)
    expect(box('Read db-0000')).toHaveFocus()

    await user.keyboard('{Control>}{End}{/Control}')
    expect(box('Read db-0999')).toHaveFocus()
    expect(rowIndexOf(box('Read db-0999'))).toBe('1001')
    // The view follows: the rows before the last one come in, the first ones go.
    await waitFor(() => expect(rowheaders(table)).toContain('db-0990'))
    expect(rowheaders(table)).not.toContain('db-0000')

    await user.keyboard('{ArrowUp}')
    expect(box('Read db-0998')).toHaveFocus()
    expect(rowIndexOf(box('Read db-0998'))).toBe('1000')
  })

  it('pages with Page Down and Page Up by the rows the view shows', async () => {
    const { user } = renderGrid(MANY)
    box('Read db-0000').focus()
    const page = (VIEW_PX - ROW_PX) / ROW_PX

    await user.keyboard('{PageDown}')
    expect(box(`Read db-000${page}`)).toHaveFocus()
    await user.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}')
    expect(box(`Read db-00${5 * page}`)).toHaveFocus()
    await user.keyboard('{PageUp}')
    expect(box(`Read db-00${4 * page}`)).toHaveFocus()
  })

  it('keeps the focused row, and the focus, when it is scrolled far out of view', async () => {
    const { user, table } = renderGrid(MANY)
    box('Read db-0000').focus()
    await user.keyboard(' ')

    scrollHalfway(table)
    await waitFor(() => expect(rowheaders(table)).not.toContain('db-0001'))
    expect(rowheaders(table).filter((name) => name >= 'db-0500')).not.toEqual([])
    expect(box('Read db-0000')).toHaveFocus()
    expect(box('Read db-0000')).toBeChecked()

    // Back with the keyboard: the next row is rendered again and takes the focus.
    await user.keyboard('{ArrowDown}')
    expect(box('Read db-0001')).toHaveFocus()
  })

  it('shows the filtered rows from the top', async () => {
    const { user, table } = renderGrid(MANY)
    scrollHalfway(table)
    await waitFor(() => expect(rowheaders(table)).not.toContain('db-0001'))

    await user.type(screen.getByRole('searchbox', { name: 'Filter databases' }), 'db-0')
    await waitFor(() => expect(rowheaders(table)[0]).toBe('db-0000'))
    expect(rowheaders(table).filter((name) => name >= 'db-0100')).toEqual([])
    expect(scrollBox(table).scrollTop).toBe(0)
  })
})
