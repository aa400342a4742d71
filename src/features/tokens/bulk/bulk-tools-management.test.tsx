// Bulk work on Cloud Dedicated: removing revokes (the tokens stay listed, marked revoked), tokens
// can expire so expired ones can be purged, and the management token is not a database token, so
// none of the listed tokens can be the console's own: only tokens already revoked are left out.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import type { MockManagement } from '../../../backends/management/mock/mock-management'
import { loadProduct } from '../../../backends/registry'
import { server } from '../../../mocks/node'
import { DEDICATED_API, openDedicated } from '../../../test/management'
import { rowOf } from '../../../test/rows'

beforeAll(async () => {
  await loadProduct('cloud-dedicated')
})

async function openTokens(path = '/tokens') {
  const opened = openDedicated(path)
  // The bulk tools load after the list (a chunk of their own): the row checkboxes come with them.
  await screen.findByRole('checkbox', { name: /^Select all/ }, { timeout: 8000 })
  await screen.findAllByRole('checkbox', { name: /^Select token / })
  return opened
}

const box = (name: string) => screen.getByRole('checkbox', { name: `Select token ${name}` })
const bar = () => screen.getByRole('group', { name: 'Bulk actions' })
const idOf = (mock: MockManagement, description: string) =>
  [...mock.store.tokens.values()].find((token) => token.description === description)?.id ?? ''
const revokedAt = (mock: MockManagement, description: string) =>
  [...mock.store.tokens.values()].find((token) => token.description === description)?.revokedAt

/** Records the id of every token DELETE (a revoke), then lets the mock (or an earlier handler) answer it. */
function recordRevokes(): string[] {
  const ids: string[] = []
  server.use(
    http.delete(`${DEDICATED_API}/tokens/:id`, ({ params }) => {
      ids.push(String(params.id))
    }),
  )
  return ids
}

const lines = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent.trim())

describe('bulk work on Cloud Dedicated', () => {
  it('revokes the selection, reports a failure per token with the server’s reason, and the revoked stay listed as revoked', async () => {
    const { user, mock } = await openTokens()
    const failing = idOf(mock, 'Sensor gateway')
    // Handlers added last answer first: this one records, then the failure answers one of them.
    server.use(
      http.delete(`${DEDICATED_API}/tokens/:id`, ({ params }) =>
        params.id === failing ? HttpResponse.json({ code: 500, message: 'token store unavailable' }, { status: 500 }) : undefined,
      ),
    )
    const revoked = recordRevokes()
    for (const name of ['Grafana dashboards', 'Sensor gateway', 'Log shipper']) await user.click(box(name))
    expect(within(bar()).queryByRole('button', { name: 'Delete selected…' })).not.toBeInTheDocument()
    await user.click(within(bar()).getByRole('button', { name: 'Revoke selected…' }))

    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke 3 tokens?' })
    expect(lines(within(dialog).getByRole('list', { name: 'Tokens included' }))).toEqual([
      'Grafana dashboards',
      'Sensor gateway',
      'Log shipper',
    ])
    // Nothing is left out: the management token the console uses is not one of these database tokens.
    expect(within(dialog).queryByRole('list', { name: 'Tokens left out' })).not.toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Revoke 3 tokens' }))
    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(within(dialog).getByText('2 revoked, 1 failed.')).toBeInTheDocument()
    expect(lines(results)).toEqual(
      expect.arrayContaining([
        'Grafana dashboards: Revoked',
        'Log shipper: Revoked',
        expect.stringMatching(/^Sensor gateway: Failed\. The server answered 500: token store unavailable\. Retry in a moment/),
      ]),
    )
    expect(revoked.sort()).toEqual([idOf(mock, 'Grafana dashboards'), failing, idOf(mock, 'Log shipper')].sort())
    expect(revokedAt(mock, 'Grafana dashboards')).toEqual(expect.any(Number))
    expect(revokedAt(mock, 'Sensor gateway')).toBeNull()

    // The failed one stays selected, ready to retry; the revoked ones left the selection.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(within(bar()).getByText('1 selected.')).toBeInTheDocument()
    expect(box('Sensor gateway')).toBeChecked()

    // Revoked is not deleted: with "Show revoked" both are listed, marked revoked.
    await user.click(screen.getByRole('checkbox', { name: 'Show revoked' }))
    for (const name of ['Grafana dashboards', 'Log shipper']) {
      expect(within(rowOf(await screen.findByRole('rowheader', { name }))).getByText('Revoked')).toBeInTheDocument()
    }
    expect(
      within(rowOf(screen.getByRole('rowheader', { name: 'Sensor gateway' }))).queryByText('Revoked'),
    ).not.toBeInTheDocument()
  })

  it('leaves a token already revoked out of a revoke, saying so', async () => {
    const { user } = await openTokens('/tokens?revoked=1')
    await user.click(box('Old ingest pipeline'))
    await user.click(box('Log shipper'))
    await user.click(within(bar()).getByRole('button', { name: 'Revoke selected…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke 1 token?' })
    expect(within(dialog).getByRole('list', { name: 'Tokens left out' })).toHaveTextContent(
      'Old ingest pipeline: Already revoked.',
    )
    expect(lines(within(dialog).getByRole('list', { name: 'Tokens included' }))).toEqual(['Log shipper'])
  })

  it('purges the expired tokens by revoking exactly those, and they stay listed as revoked', async () => {
    const { user, mock } = await openTokens()
    const revoked = recordRevokes()
    expect(within(bar()).queryByText(/never expire/)).not.toBeInTheDocument()
    await user.click(within(bar()).getByRole('button', { name: 'Purge expired…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke 1 expired token?' })
    expect(lines(within(dialog).getByRole('list', { name: 'Tokens included' }))).toEqual(['Billing export'])

    await user.click(within(dialog).getByRole('button', { name: 'Revoke 1 expired token' }))
    expect(await within(dialog).findByText('1 revoked.')).toBeInTheDocument()
    expect(revoked).toEqual([idOf(mock, 'Billing export')])
    await waitFor(() => expect(revokedAt(mock, 'Billing export')).toEqual(expect.any(Number)))
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('checkbox', { name: 'Show revoked' }))
    expect(
      within(rowOf(await screen.findByRole('rowheader', { name: 'Billing export' }))).getByText('Revoked'),
    ).toBeInTheDocument()
  })
})
