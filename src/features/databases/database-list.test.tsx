import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, resetMock, server } from '../../mocks/node'
import type { SessionInput } from '../../session/session-store'
import { demoSession, renderApp } from '../../test/render-app'
import { rowOf } from '../../test/rows'

async function openDatabases(path = '/databases', session?: SessionInput) {
  const user = userEvent.setup()
  const app = renderApp({ path, session })
  const table = await screen.findByRole('table', { name: 'Databases' })
  return { ...app, user, table }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The row whose header starts with the database's name (badges follow it). */
function row(table: HTMLElement, name: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) })
  return rowOf(header)
}

/** A cell of a row by its column header, as a sighted user reads the table. */
function cell(table: HTMLElement, tr: HTMLElement, column: 'Retention' | 'Tables'): HTMLElement {
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent)
  // The first column is the row header; the others are cells.
  const cells = within(tr).getAllByRole('cell')
  const found = cells[columns.indexOf(column) - 1]
  if (!found) throw new Error(`no ${column} cell`)
  return found
}

/** The database names down the table, in order (a name has no spaces; badges follow it). */
function namesInOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => (th.textContent ?? '').split(' ')[0] ?? '')
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search databases by name' })
const showDeleted = () => screen.getByRole('checkbox', { name: 'Show deleted databases' })

describe('the database rows', () => {
  it('show each database with its retention in words and its table count', async () => {
    const { table } = await openDatabases()

    const expected = [
      ['sensors', '30 days', '3'],
      ['weather', '90 days', '2'],
      ['factory_floor', 'Infinite', '4'],
      ['billing', '1 year', '2'],
      ['logs', '1 week', '2'],
    ]
    for (const [name = '', retention, tables] of expected) {
      const tr = row(table, name)
      expect(cell(table, tr, 'Retention')).toHaveTextContent(retention ?? '')
      expect(cell(table, tr, 'Tables')).toHaveTextContent(tables ?? '')
    }
  })

  it('mark _internal as the read-only system database, without retention or delete buttons', async () => {
    const { table } = await openDatabases()

    const internal = row(table, '_internal')
    expect(within(internal).getByRole('rowheader')).toHaveAccessibleName('_internal System database')
    expect(within(internal).getByText('Read-only')).toBeInTheDocument()
    expect(within(internal).queryByRole('button', { name: /retention/i })).not.toBeInTheDocument()
    expect(within(internal).queryByRole('button', { name: /delete/i })).not.toBeInTheDocument()
    // A user database in the same table does have both.
    const sensors = row(table, 'sensors')
    expect(within(sensors).getByRole('button', { name: 'Edit retention of sensors' })).toBeInTheDocument()
    expect(within(sensors).getByRole('button', { name: 'Delete database sensors' })).toBeInTheDocument()
  })

  it('leave out soft-deleted databases unless asked for', async () => {
    const { table } = await openDatabases()

    expect(within(table).queryByRole('rowheader', { name: /^legacy_metrics/ })).not.toBeInTheDocument()
    expect(showDeleted()).not.toBeChecked()
  })
})

describe('the view in the URL', () => {
  it('puts the search in the URL and shows only matching databases', async () => {
    const { user, router, table } = await openDatabases()

    await user.type(searchBox(), 'ea')

    expect(router.state.location.search).toBe('?q=ea')
    // "weather" matches; "sensors" does not.
    expect(await within(table).findByRole('rowheader', { name: 'weather' })).toBeInTheDocument()
    expect(within(table).queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument()
    expect(screen.getByText('Showing 1–1 of 1 database.')).toBeInTheDocument()
  })

  it('says when nothing matches the search and clears it on request', async () => {
    const { user, router } = await openDatabases()

    await user.type(searchBox(), 'zebra')
    expect(await screen.findByText('No database matches “zebra”.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Databases' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear search' }))

    expect(router.state.location.search).toBe('')
    expect(searchBox()).toHaveValue('')
    expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
  })

  it('puts the sort in the URL and orders the rows by it, live databases before _internal', async () => {
    const { user, router, table } = await openDatabases()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Tables')
    await user.click(screen.getByRole('button', { name: 'Sort direction: ascending' }))

    expect(router.state.location.search).toBe('?sort=tables&dir=desc')
    expect(screen.getByRole('button', { name: 'Sort direction: descending' })).toBeInTheDocument()
    expect(namesInOrder(table)).toEqual(['factory_floor', 'sensors', 'weather', 'logs', 'billing', '_internal'])
  })

  it('puts "Show deleted databases" in the URL and lists the soft-deleted database', async () => {
    const { user, router } = await openDatabases()

    await user.click(showDeleted())

    expect(router.state.location.search).toBe('?deleted=1')
    expect(showDeleted()).toBeChecked()
    expect(await screen.findByRole('rowheader', { name: /^legacy_metrics-\d{8}T\d{6} Deleted$/ })).toBeInTheDocument()
  })

  it('renders the view a deep link describes: search, sort, direction and deleted databases', async () => {
    const { table } = await openDatabases('/databases?q=e&sort=retention&dir=desc&deleted=1')

    expect(searchBox()).toHaveValue('e')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Retention')
    expect(screen.getByRole('button', { name: 'Sort direction: descending' })).toBeInTheDocument()
    expect(showDeleted()).toBeChecked()
    // Names with an "e", longest retention first; _internal after the user databases, the deleted one last.
    expect(namesInOrder(table)).toEqual([
      'weather',
      'sensors',
      '_internal',
      expect.stringMatching(/^legacy_metrics-\d{8}T\d{6}$/) as unknown as string,
    ])
  })
})

describe('soft-deleted databases', () => {
  it('are listed with their new name and the time their data is removed', async () => {
    currentMock().addDatabase('old_metrics', 86_400)
    const renamed = currentMock().softDeleteDatabase(
      'old_metrics',
      Date.UTC(2026, 0, 2, 3, 4, 5),
      Date.UTC(2099, 4, 1, 10, 11, 12),
    )
    const { user } = await openDatabases()

    await user.click(showDeleted())

    expect(renamed).toBe('old_metrics-20260102T030405')
    // The list reloads with the deleted databases: a new table.
    await screen.findByRole('rowheader', { name: 'old_metrics-20260102T030405 Deleted' })
    const table = screen.getByRole('table', { name: 'Databases' })
    const tr = row(table, 'old_metrics-20260102T030405')
    expect(cell(table, tr, 'Retention')).toHaveTextContent('Data removed 1 May 2099, 10:11:12 UTC')
    // Nothing to change on a deleted database.
    expect(within(tr).queryByRole('button')).not.toBeInTheDocument()
  })

  it('say when their data is kept with no hard-delete time', async () => {
    currentMock().addDatabase('archive', null)
    currentMock().softDeleteDatabase('archive', Date.UTC(2026, 0, 2, 3, 4, 5), null)
    const { table } = await openDatabases('/databases?deleted=1')

    const tr = row(table, 'archive-20260102T030405')
    expect(cell(table, tr, 'Retention')).toHaveTextContent('Data kept (no hard-delete time)')
  })
})

describe('a server with many databases', () => {
  it('shows them 100 to a page, and the page is in the URL', async () => {
    const large = await resetMock('large')
    const { user, router, table } = await openDatabases('/databases', demoSession(large.operatorToken ?? ''))

    // 1 000 user databases and _internal.
    expect(screen.getByText('Showing 1–100 of 1,001 databases.')).toBeInTheDocument()
    expect(within(table).getAllByRole('rowheader')).toHaveLength(100)
    const pages = screen.getByRole('navigation', { name: 'Pages' })
    expect(within(pages).getByText('Page 1 of 11')).toBeInTheDocument()
    expect(within(pages).getByRole('button', { name: '← Previous' })).toBeDisabled()

    await user.click(within(pages).getByRole('button', { name: 'Next →' }))

    expect(router.state.location.search).toBe('?page=2')
    expect(screen.getByText('Showing 101–200 of 1,001 databases.')).toBeInTheDocument()
    expect(within(pages).getByText('Page 2 of 11')).toBeInTheDocument()
  })
})

describe('when the list cannot be loaded', () => {
  it('says why and recovers on Retry', async () => {
    server.use(
      http.get('*/api/v3/configure/database', () => new HttpResponse('catalog unavailable', { status: 500 }), { once: true }),
    )
    const user = userEvent.setup()
    renderApp({ path: '/databases' })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the databases.')
    expect(alert).toHaveTextContent('The server answered 500: catalog unavailable')

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('tokens with access', () => {
  it('links each database to the token list filtered by it', async () => {
    const { user, router, table } = await openDatabases()

    const link = within(row(table, 'sensors')).getByRole('link', { name: 'Tokens with access to sensors' })
    expect(link).toHaveAttribute('href', '/tokens?db=sensors')

    await user.click(link)

    expect(router.state.location.pathname).toBe('/tokens')
    expect(router.state.location.search).toBe('?db=sensors')
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })
})

describe('while the list loads', () => {
  it('shows bars in the rows’ place, and “Loading databases…” to a screen reader', async () => {
    server.use(
      http.get('*/api/v3/configure/database', async () => {
        await delay('infinite')
        return undefined
      }),
    )
    renderApp({ path: '/databases' })

    await screen.findByText('Loading databases…')
    const status = screen.getAllByRole('status').find((region) => within(region).queryByText('Loading databases…'))!
    expect(status).toHaveAttribute('aria-busy', 'true')
    // The bars are hidden from assistive technology: it hears the one line above.
    expect(within(status).getAllByRole('listitem', { hidden: true })).toHaveLength(6)
    expect(within(status).queryAllByRole('listitem')).toHaveLength(0)
    expect(screen.queryByRole('table', { name: 'Databases' })).not.toBeInTheDocument()
  })
})
