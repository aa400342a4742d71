import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { PermissionGrid, type GridDatabase } from './permission-grid'
import { EMPTY_GRID, type GridValue } from './permission-grid-model'

const DATABASES: GridDatabase[] = [
  { name: 'sensors', isSystem: false },
  { name: 'weather', isSystem: false },
  { name: 'billing', isSystem: false },
  { name: '_internal', isSystem: true },
]

/** The grid as the create form holds it: controlled, in the parent's state. */
function Harness() {
  const [value, setValue] = useState<GridValue>(EMPTY_GRID)
  return <PermissionGrid databases={DATABASES} value={value} onChange={setValue} />
}

function renderGrid() {
  const user = userEvent.setup()
  render(<Harness />)
  return { user, table: screen.getByRole('table', { name: 'Database permissions' }) }
}

const box = (name: string) => screen.getByRole('checkbox', { name })
const cliLine = () => screen.getByText(/^CLI equivalent:/)
const cliField = () => screen.getByRole('textbox', { name: 'Or type permissions' })

describe('the database permission grid', () => {
  it('names every checkbox by its action and database', () => {
    const { table } = renderGrid()
    const boxes = within(table).getAllByRole('checkbox')
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Read all databases',
      'Write all databases',
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

  it('checks and locks every row when a column header is checked, and says this includes later databases', async () => {
    const { user } = renderGrid()
    await user.click(box('Read all databases'))

    for (const db of ['sensors', 'weather', 'billing', '_internal']) {
      expect(box(`Read ${db}`)).toBeChecked()
      expect(box(`Read ${db}`)).toBeDisabled()
      expect(box(`Write ${db}`)).not.toBeChecked()
      expect(box(`Write ${db}`)).toBeEnabled()
    }
    expect(screen.getByRole('group', { name: 'Database permissions' })).toHaveTextContent(
      'Read: all databases, including databases created later (sent as *).',
    )
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read"')
  })

  it('unlocks the rows, all unchecked, when the header is unchecked again', async () => {
    const { user } = renderGrid()
    await user.click(box('Write all databases'))
    await user.click(box('Write all databases'))

    expect(box('Write sensors')).toBeEnabled()
    expect(box('Write sensors')).not.toBeChecked()
    expect(screen.queryByText(/including databases created later/)).not.toBeInTheDocument()
    expect(cliLine()).toHaveTextContent('CLI equivalent: none yet')
  })

  it('shows a partly selected column as mixed, and the header click then selects every database', async () => {
    const { user } = renderGrid()
    expect(box('Read all databases')).not.toBePartiallyChecked()

    await user.click(box('Read sensors'))
    await user.click(box('Read billing'))
    expect(box('Read all databases')).toBePartiallyChecked()
    expect(box('Read all databases')).toHaveAttribute('aria-checked', 'mixed')
    expect(box('Write all databases')).not.toBePartiallyChecked()

    await user.click(box('Read all databases'))
    expect(box('Read all databases')).toBeChecked()
    expect(box('Read all databases')).not.toBePartiallyChecked()
    expect(box('Read weather')).toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read"')
  })

  it('narrows the rows with the filter, while the header still means every database', async () => {
    const { user, table } = renderGrid()
    await user.type(screen.getByRole('searchbox', { name: 'Filter databases' }), 'WEA')

    expect(within(table).getAllByRole('rowheader').map((row) => row.textContent)).toEqual(['weather'])
    await user.click(box('Write all databases'))
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:write"')

    await user.clear(screen.getByRole('searchbox', { name: 'Filter databases' }))
    expect(box('Write sensors')).toBeChecked()
    expect(box('Write _internal')).toBeChecked()
  })

  it('says so when the filter matches no database', async () => {
    const { user, table } = renderGrid()
    await user.type(screen.getByRole('searchbox', { name: 'Filter databases' }), 'nothing')
    expect(within(table).queryAllByRole('checkbox', { name: /sensors|weather|billing|_internal/ })).toEqual([])
    expect(within(table).getByText('No database matches “nothing”.')).toBeInTheDocument()
  })

  it('works with the keyboard alone: Tab to a checkbox, Space toggles it', async () => {
    const { user } = renderGrid()
    await user.tab() // the filter
    await user.tab() // Read all databases
    await user.tab() // Write all databases
    await user.tab()
    expect(box('Read sensors')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Read sensors')).toBeChecked()

    await user.tab()
    expect(box('Write sensors')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Write sensors')).toBeChecked()

    await user.tab({ shift: true })
    await user.tab({ shift: true })
    await user.tab({ shift: true })
    expect(box('Read all databases')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Read all databases')).toBeChecked()
    expect(cliLine()).toHaveTextContent('CLI equivalent: --permission "db:*:read" --permission "db:sensors:write"')
  })

  it('fills the grid from permissions typed in CLI syntax, on Enter', async () => {
    const { user } = renderGrid()
    await user.type(cliField(), 'db:sensors,weather:read db:sensors:write{Enter}')

    expect(box('Read sensors')).toBeChecked()
    expect(box('Read weather')).toBeChecked()
    expect(box('Write sensors')).toBeChecked()
    expect(box('Write weather')).not.toBeChecked()
    expect(box('Read billing')).not.toBeChecked()
    expect(box('Read all databases')).toBePartiallyChecked()
  })

  it('fills the grid from typed permissions with the Apply button, * included', async () => {
    const { user } = renderGrid()
    await user.type(cliField(), 'db:*:write db:billing:read')
    await user.click(screen.getByRole('button', { name: 'Apply' }))

    expect(box('Write all databases')).toBeChecked()
    expect(box('Write weather')).toBeDisabled()
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
    expect(cliLine()).toHaveTextContent(
      'CLI equivalent: --permission "db:sensors:read,write" --permission "db:weather:write"',
    )
  })

  it('round-trips: permissions typed from the CLI line rebuild the same grid', async () => {
    const { user } = renderGrid()
    await user.click(box('Read billing'))
    await user.click(box('Read _internal'))
    await user.click(box('Write billing'))
    expect(cliLine()).toHaveTextContent('--permission "db:billing:read,write" --permission "db:_internal:read"')

    // Start over with the header, then type back what the CLI line said.
    await user.click(box('Read all databases'))
    await user.click(box('Read all databases'))
    await user.click(box('Write billing'))
    expect(box('Read billing')).not.toBeChecked()
    await user.type(cliField(), 'db:billing:read,write db:_internal:read{Enter}')

    expect(box('Read billing')).toBeChecked()
    expect(box('Write billing')).toBeChecked()
    expect(box('Read _internal')).toBeChecked()
    expect(box('Write _internal')).not.toBeChecked()
    expect(cliLine()).toHaveTextContent(
      'CLI equivalent: --permission "db:billing:read,write" --permission "db:_internal:read"',
    )
  })
})
