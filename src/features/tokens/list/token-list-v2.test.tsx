// The token list on InfluxDB 2: what its authorizations carry (owner, last change, a description
// that may be empty, grants on deleted buckets), and the care around the console's own token,
// which the server does not protect.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'

import type { CreateInfluxdb2Options } from '../../../backends/influxdb2/mock/seed'
import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'
import { rowOf } from '../../../test/rows'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

function openTokens(options?: CreateInfluxdb2Options, path = '/tokens') {
  return openInfluxdb2(path, options).seeded
}

const OPERATOR = "admin's Token"

describe('the InfluxDB 2 token list', () => {
  it('shows owner and last change, never a fingerprint column or "last used"', async () => {
    openTokens()
    const table = await screen.findByRole('table', { name: 'Tokens' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers).toEqual(expect.arrayContaining(['Owner', 'Created', 'Last modified']))
    expect(headers).not.toContain('Fingerprint')
    expect(table).not.toHaveTextContent(/last used/i)
    const ops = rowOf(screen.getByRole('rowheader', { name: 'Ops: write sensors and weather' }))
    expect(within(ops).getByRole('cell', { name: 'ops' })).toBeInTheDocument()
  })

  it('describes a token without a description by its permissions and id, and finds it by them', async () => {
    openTokens()
    const user = userEvent.setup({ delay: null })
    const derived = await screen.findByRole('rowheader', {
      name: /^Read · _monitoring; Write · _tasks \(no description\), id [0-9a-f]{16}$/,
    })
    expect(derived).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: /search/i }), '_tasks')
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1))
  })

  it('says a grant’s bucket was deleted, in the product’s word', async () => {
    openTokens()
    const row = rowOf(await screen.findByRole('rowheader', { name: 'Old metrics reader' }))
    expect(within(row).getByText(/^Read · [0-9a-f]{16} \(bucket deleted\), archive$/)).toBeInTheDocument()
  })
})

describe('the console’s own token, which InfluxDB 2 does not protect', () => {
  it('marks it where the server lists strings, and asks for its name typed before deleting it', async () => {
    openTokens({ tokenDisplay: 'oss-legacy' })
    const user = userEvent.setup({ delay: null })
    const row = rowOf(await screen.findByRole('rowheader', { name: `${OPERATOR} this session` }))
    await user.click(within(row).getByRole('button', { name: `Delete token ${OPERATOR}` }))
    const dialog = await screen.findByRole('alertdialog', { name: `Delete token “${OPERATOR}”?` })
    expect(dialog).toHaveTextContent('The console is connected with this token.')
    const remove = within(dialog).getByRole('button', { name: 'Delete token' })
    expect(remove).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${OPERATOR} to confirm` }), OPERATOR)
    expect(remove).toBeEnabled()
    // Another token: no such question.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Delete token Grafana dashboards' }))
    const other = await screen.findByRole('alertdialog', { name: 'Delete token “Grafana dashboards”?' })
    expect(within(other).queryByRole('textbox')).not.toBeInTheDocument()
    expect(within(other).getByRole('button', { name: 'Delete token' })).toBeEnabled()
  })

  it('asks the same before deactivating a token that may be the console’s, where the server lists no strings', async () => {
    const seeded = openTokens()
    const user = userEvent.setup({ delay: null })
    // No "this session" marker: the server (2.9+) does not say which token is in use.
    expect(await screen.findByRole('rowheader', { name: OPERATOR })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: `Deactivate token ${OPERATOR}` }))
    const dialog = await screen.findByRole('alertdialog', { name: `Deactivate token “${OPERATOR}”?` })
    expect(dialog).toHaveTextContent('This may be the token the console is connected with.')
    const deactivate = within(dialog).getByRole('button', { name: 'Deactivate token' })
    expect(deactivate).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${OPERATOR} to confirm` }), OPERATOR)
    await user.click(deactivate)
    // It was: the console's next read is refused, and it asks to connect again.
    expect(await screen.findByRole('dialog', { name: 'Connect again' })).toBeInTheDocument()
    expect([...seeded.mock.store.auths.values()].find((a) => a.description === OPERATOR)?.status).toBe('inactive')
  })
})
