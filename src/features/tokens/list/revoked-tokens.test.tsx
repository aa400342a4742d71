// Revoked and expired tokens in the list of a product that keeps revoked tokens listed (Cloud
// Dedicated): hidden until asked for, counted, and dated in words.
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { formatUtcDate, formatUtcDateTime } from '../../../lib/relative-time'
import { openDedicated } from '../../../test/management'
import { renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'

beforeAll(async () => {
  await loadProduct('cloud-dedicated')
})

const REVOKED = 'Old ingest pipeline' // seeded revoked 20 days ago
const summary = () => screen.getByText(/^Showing|^No tokens/)

describe('revoked tokens in the list', () => {
  it('are hidden by default, and the count line says how many', async () => {
    openDedicated('/tokens')
    await screen.findByRole('table', { name: 'Tokens' })
    expect(screen.queryByRole('rowheader', { name: REVOKED })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Show revoked' })).not.toBeChecked()
    expect(summary()).toHaveTextContent('Showing 1–8 of 8 tokens. 1 revoked token hidden.')
  })

  it('show with “Show revoked”, which goes into the URL, dated in words with the exact time on hover and focus', async () => {
    const { user, router, mock } = openDedicated('/tokens')
    await user.click(await screen.findByRole('checkbox', { name: 'Show revoked' }))
    expect(router.state.location.search).toBe('?revoked=1')
    expect(summary()).toHaveTextContent('Showing 1–9 of 9 tokens.')
    expect(summary()).not.toHaveTextContent('hidden')

    const row = rowOf(screen.getByRole('rowheader', { name: REVOKED }))
    const revokedAt = [...mock.store.tokens.values()].find((t) => t.description === REVOKED)?.revokedAt ?? 0
    expect(within(row).getByText('Revoked')).toBeInTheDocument()
    // The <time> itself: its own text is the relative time, the exact one shows on hover and focus.
    const when = within(row).getByText('3 weeks ago')
    expect(when).toHaveAttribute('title', formatUtcDateTime(revokedAt))
    expect(when).toHaveAttribute('tabindex', '0')
    expect(when).toHaveAttribute('datetime', new Date(revokedAt).toISOString())

    await user.click(screen.getByRole('checkbox', { name: 'Show revoked' }))
    expect(router.state.location.search).toBe('')
    expect(screen.queryByRole('rowheader', { name: REVOKED })).not.toBeInTheDocument()
  })

  it('date a token revoked a moment ago as “just now”, though the list’s clock is behind the server’s', async () => {
    const { user } = openDedicated('/tokens?revoked=1')
    await user.click(await screen.findByRole('button', { name: 'Revoke token Log shipper' }))
    const dialog = await screen.findByRole('alertdialog')
    await user.type(within(dialog).getByRole('textbox', { name: 'Type Log shipper to confirm' }), 'Log shipper')
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }))
    const row = rowOf(await screen.findByRole('rowheader', { name: 'Log shipper' }))
    expect(await within(row).findByText('just now')).toBeInTheDocument()
  })

  it('show from a URL that asks for them', async () => {
    openDedicated('/tokens?revoked=1')
    expect(await screen.findByRole('rowheader', { name: REVOKED })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Show revoked' })).toBeChecked()
  })

  it('are counted among the matches of a search only', async () => {
    const { user } = openDedicated('/tokens')
    await user.type(await screen.findByRole('searchbox', { name: 'Search tokens by name' }), 'ingest')
    expect(await screen.findByText('No tokens match these filters (of 9). 1 revoked token hidden.')).toBeInTheDocument()
  })

  it('have no switch where removing deletes (InfluxDB 3)', async () => {
    renderApp({ path: '/tokens' })
    await screen.findByRole('table', { name: 'Tokens' })
    expect(screen.queryByRole('checkbox', { name: 'Show revoked' })).not.toBeInTheDocument()
  })
})

describe('expired tokens in the list', () => {
  it('say Expired with the date, in the expiry column', async () => {
    const { mock } = openDedicated('/tokens')
    const row = rowOf(await screen.findByRole('rowheader', { name: 'Billing export' })) // seeded expired 10 days ago
    const expiresAt = [...mock.store.tokens.values()].find((t) => t.description === 'Billing export')?.expiresAt ?? 0
    expect(within(row).getByText(`Expired ${formatUtcDate(expiresAt)}`)).toBeInTheDocument()
  })
})
