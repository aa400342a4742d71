// Risk at a glance: the counts above the token list, the 7-day banner, the expiry timeline, and
// how they read on a product whose tokens cannot expire.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { server } from '../../../mocks/node'
import { openInfluxdb2 } from '../../../test/influxdb2'
import { renderApp } from '../../../test/render-app'

async function openList(path = '/tokens') {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path })
  await screen.findByRole('table', { name: 'Tokens' })
  return { ...app, user }
}

const counts = () => screen.getByRole('group', { name: 'Tokens at risk' })
const count = (label: RegExp) => within(counts()).getByRole('button', { name: label })
const summary = () => screen.getByText(/^(Showing|No tokens match)/)

describe('the risk counts above the token list', () => {
  it.each([
    [/^\d+ expired$/, '?expiry=expired'],
    [/^\d+ expire within 7 days$/, '?expiry=expiring'],
    [/^\d+ never expire$/, '?expiry=never'],
    [/^\d+ full access$/, '?access=full'],
  ])('%s sets its filter in the URL, lists as many tokens as it said, and shows it is on', async (label, search) => {
    const { user, router } = await openList()
    const button = count(label)
    const n = Number.parseInt(button.textContent ?? '', 10)
    expect(n).toBeGreaterThan(0)
    expect(button).toHaveAttribute('aria-pressed', 'false')

    await user.click(button)

    expect(router.state.location.search).toBe(search)
    expect(count(label)).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(summary()).toHaveTextContent(new RegExp(`^Showing 1–${n} of ${n} tokens? \\(filtered`)))
    // Pressed again, it clears its filter.
    await user.click(count(label))
    expect(router.state.location.search).toBe('')
  })

  it('combines full access with an expiry count: full-access tokens that never expire', async () => {
    const { user, router } = await openList('/tokens?access=full')
    const n = Number.parseInt(count(/never expire$/).textContent ?? '', 10)
    await user.click(count(/never expire$/))
    expect(router.state.location.search).toBe('?expiry=never&access=full')
    expect(n).toBe(1)
    const rows = within(screen.getByRole('table', { name: 'Tokens' })).getAllByRole('rowheader')
    expect(rows.map((row) => row.firstChild?.textContent)).toEqual(['_admin'])
  })

  it('warns when tokens expire within 7 days, and its button lists them', async () => {
    const { user, router } = await openList()
    const banner = screen
      .getAllByRole('status')
      .find((status) => /^\d+ tokens? expires? within 7 days\./.test(status.textContent ?? ''))
    if (!banner) throw new Error('no banner')
    await user.click(within(banner).getByRole('button', { name: 'Show them' }))
    expect(router.state.location.search).toBe('?expiry=expiring')
    expect(within(banner).queryByRole('button', { name: 'Show them' })).not.toBeInTheDocument()
  })
})

describe('the expiry timeline', () => {
  it('opens from its disclosure, moves between marks with the arrow keys, and Enter lists a day’s tokens', async () => {
    const { user, router } = await openList()
    const disclosure = screen.getByRole('button', { name: 'Expiry timeline' })
    expect(disclosure).toHaveAttribute('aria-expanded', 'false')
    await user.click(disclosure)
    expect(screen.getByRole('button', { name: 'Hide expiry timeline' })).toHaveAttribute('aria-expanded', 'true')

    const timeline = await screen.findByRole('toolbar', { name: 'Expiry timeline' })
    const marks = within(timeline).getAllByRole('button')
    // Expired first (left of today), then the days to come: one tab stop for all of them.
    expect(marks[0]).toHaveAccessibleName(/^2 expired: /)
    expect(marks.filter((mark) => mark.tabIndex === 0)).toHaveLength(1)

    await user.tab()
    expect(marks[0]).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(marks[1]).toHaveFocus()
    expect(marks[1]).toHaveAccessibleName(/, expires \d+ \w+ \d{4}, [\d:]+ UTC$|^\d+ tokens expire on /)
    await user.keyboard('{End}')
    expect(marks.at(-1)).toHaveFocus()
    await user.keyboard('{Home}{ArrowRight}{Enter}')

    expect(router.state.location.search).toMatch(/^\?expires=\d{4}-\d\d-\d\d$/)
    await waitFor(() => expect(summary()).toHaveTextContent(/\(filtered from/))
    expect(screen.getByText(/^Tokens that expire on /)).toBeInTheDocument()
    expect(within(timeline).getAllByRole('button')[1]).toHaveAttribute('aria-pressed', 'true')
  })
})

describe('risk at a glance where tokens cannot expire (InfluxDB 2)', () => {
  beforeAll(async () => {
    await loadProduct('influxdb2')
  })

  it('says tokens there do not expire instead of counts that are always zero, and still counts full access', async () => {
    openInfluxdb2('/tokens')
    await screen.findByRole('table', { name: 'Tokens' })
    expect(within(counts()).getByText('Tokens on this server do not expire.')).toBeInTheDocument()
    expect(within(counts()).queryByRole('button', { name: /expire/ })).not.toBeInTheDocument()
    expect(count(/^\d+ full access$/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Expiry timeline' })).not.toBeInTheDocument()
    // Nor does a row carry a "Never" warning: it would be on every row.
    expect(screen.queryByTitle(/^Never expires/)).not.toBeInTheDocument()
  })
})

describe('an empty token list', () => {
  it('leads to the create dialog', async () => {
    server.use(
      http.post('*/api/v3/query_sql', async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string }
        return q.includes('system.tokens') ? HttpResponse.json([]) : undefined
      }),
    )
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    await user.click(await screen.findByRole('button', { name: 'Create a token' }))
    expect(await screen.findByRole('dialog', { name: 'Create a token' })).toBeInTheDocument()
  })
})
