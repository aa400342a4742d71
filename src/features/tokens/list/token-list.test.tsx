import { createHash } from 'node:crypto'

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, resetMock, server } from '../../../mocks/node'
import type { SessionInput } from '../../../session/session-store'
import { demoSession, renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'
import { operatorToken } from '../../../test/seeded-mock'

const DAY_MS = 86_400_000
/** Every token of the `demo` seed. */
const DEMO_TOKEN_COUNT = 17

async function renderList(path = '/tokens', session?: SessionInput) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path, session })
  await screen.findByText(/^(Showing|No tokens match)/)
  return { ...app, user }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The table row of a token, found by its row header (the name, plus "this session" on ours). */
function row(name: string): HTMLElement {
  const header = within(screen.getByRole('table', { name: 'Tokens' })).getByRole('rowheader', {
    name: new RegExp(`^${escape(name)}\\s*(this session)?$`),
  })
  return rowOf(header)
}

/** The token names in the table, in order. */
function names(): string[] {
  const table = screen.queryByRole('table', { name: 'Tokens' })
  if (!table) return []
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.firstChild?.textContent ?? '')
}

const cells = (name: string) =>
  within(row(name))
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())

const summary = () => screen.getByText(/^(Showing|No tokens match)/)

describe('the token list', () => {
  it('marks the operator token as this session, with full access, no expiry and its hash fingerprint', async () => {
    await renderList()
    const fingerprint = createHash('sha512').update(operatorToken()).digest('hex').slice(0, 9)

    expect(within(within(row('_admin')).getByRole('rowheader')).getByText('this session')).toBeInTheDocument()
    const [kind, permissions, , expiry, shown] = cells('_admin')
    expect([kind, permissions, expiry, shown]).toEqual(['Operator', 'Full access', 'Never', fingerprint])
  })

  it.each([
    ['ops-admin', 'Admin', 'Full access'],
    ['analytics-readonly', 'Database All databases', 'Read · all databases, including future ones'],
    ['etl-pipeline', 'Database', 'Read, Write · weather, billing'],
    ['telegraf-sensors', 'Database', 'Write · sensors'],
    ['uptime-monitor', 'System', 'System read · health, ping'],
    ['k8s-probes', 'System', 'System read · all system endpoints'],
    ['grafana-weather', 'Mixed', 'Read · weatherSystem read · health'],
  ])('shows %s as a %s token with its permissions in plain words', async (name, kind, permissions) => {
    await renderList()
    const [shownKind, shownPermissions, , , fingerprint] = cells(name)
    expect(shownKind).toBe(kind)
    expect(shownPermissions).toBe(permissions)
    expect(fingerprint).toMatch(/^[0-9a-f]{9}$/)
  })

  it('says when each token expires, in words', async () => {
    const now = Date.now()
    await currentMock().createTokensDirect([
      { name: 'in-three-days', expiry: now + 3 * DAY_MS + 3_600_000 },
      { name: 'in-two-months', permissions: 'db:sensors:read', expiry: now + 62 * DAY_MS },
    ])
    await renderList()
    const expiry = (name: string) => cells(name)[3]

    expect(expiry('analytics-readonly')).toBe('Never')
    expect(expiry('in-three-days')).toBe('in 3 days')
    expect(expiry('in-two-months')).toBe('in 2 months')
    expect(expiry('migration-2025')).toBe(`Expired ${new Date(now - 20 * DAY_MS).toISOString().slice(0, 10)}`)
    expect(expiry('telegraf-logs-old')).toBe(`Expired ${new Date(now - 10 * DAY_MS).toISOString().slice(0, 10)}`)
  })

  it('narrows the list as the user searches, and keeps the search in the URL', async () => {
    const { user, router } = await renderList()
    await user.type(screen.getByRole('searchbox', { name: 'Search tokens by name' }), 'GRAFANA')

    await waitFor(() => expect(names()).toEqual(['grafana-dashboards', 'grafana-sensors', 'grafana-weather']))
    expect(router.state.location.search).toBe('?q=GRAFANA')
    expect(summary()).toHaveTextContent(`Showing 1–3 of 3 tokens (filtered from ${DEMO_TOKEN_COUNT}).`)
  })

  it('filters by kind, in the URL', async () => {
    const { user, router } = await renderList()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'System')

    expect(router.state.location.search).toBe('?kind=system')
    expect(names()).toEqual(['k8s-probes', 'prometheus-scraper', 'uptime-monitor'])
  })

  it('filters by expiry state, in the URL', async () => {
    const { user, router } = await renderList()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Expiry' }), 'Expired')

    expect(router.state.location.search).toBe('?expiry=expired')
    expect(names()).toEqual(['migration-2025', 'telegraf-logs-old'])
  })

  it('filters by database, counting wildcards and admin tokens, and links to the database', async () => {
    const { user, router } = await renderList()
    const database = screen.getByRole('combobox', { name: 'Database' })
    await within(database).findByRole('option', { name: 'weather' })
    await user.selectOptions(database, 'weather')

    expect(router.state.location.search).toBe('?db=weather')
    expect(names()).toEqual([
      '_admin',
      'analytics-readonly',
      'ci-deploy',
      'etl-pipeline',
      'grafana-dashboards',
      'grafana-weather',
      'migration-2025',
      'oncall-breakglass',
      'ops-admin',
    ])
    expect(screen.getByText(/^Tokens that can reach/)).toHaveTextContent(
      'Tokens that can reach weather, by name or through a wildcard.',
    )
    expect(screen.getByRole('link', { name: 'Open database weather' })).toHaveAttribute('href', '/databases?q=weather')
  })

  it('sorts by creation date, either way, in the URL', async () => {
    const { user, router } = await renderList()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Created')
    expect(router.state.location.search).toBe('?sort=created')
    expect(names().slice(0, 2)).toEqual(['_admin', 'legacy-metrics-writer'])

    await user.click(screen.getByRole('button', { name: 'Sort direction: ascending' }))
    expect(router.state.location.search).toBe('?sort=created&dir=desc')
    expect(screen.getByRole('button', { name: 'Sort direction: descending' })).toBeInTheDocument()
    expect(names().slice(0, 2)).toEqual(['grafana-weather', 'oncall-breakglass'])
  })

  it('opens filtered from a link that carries the filters', async () => {
    await renderList('/tokens?kind=admin&expiry=expiring&q=call')

    expect(names()).toEqual(['oncall-breakglass'])
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('admin')
    expect(screen.getByRole('combobox', { name: 'Expiry' })).toHaveValue('expiring')
    expect(screen.getByRole('searchbox', { name: 'Search tokens by name' })).toHaveValue('call')
    expect(summary()).toHaveTextContent(`Showing 1–1 of 1 token (filtered from ${DEMO_TOKEN_COUNT}).`)
  })

  it('ignores filter values in the URL that mean nothing', async () => {
    await renderList('/tokens?kind=superuser&sort=colour&page=-3')
    expect(names()).toHaveLength(DEMO_TOKEN_COUNT)
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('')
  })

  it('says when nothing matches, and Clear filters shows every token again', async () => {
    const { user, router } = await renderList('/tokens?kind=system&q=grafana')

    expect(screen.queryByRole('table', { name: 'Tokens' })).not.toBeInTheDocument()
    expect(summary()).toHaveTextContent(`No tokens match these filters (of ${DEMO_TOKEN_COUNT}).`)
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    expect(router.state.location.search).toBe('')
    expect(names()).toHaveLength(DEMO_TOKEN_COUNT)
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('')
    expect(screen.getByRole('searchbox', { name: 'Search tokens by name' })).toHaveValue('')
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('pages through ten thousand tokens a hundred at a time', async () => {
    const large = await resetMock('large')
    const { user, router } = await renderList('/tokens', demoSession(large.operatorToken ?? ''))
    expect(summary()).toHaveTextContent('Showing 1–100 of 10,000 tokens.')
    // The first rows render at once, the rest of the page right after (not in the same frame).
    expect(names().length).toBeGreaterThanOrEqual(25)
    await waitFor(() => expect(names()).toHaveLength(100), { timeout: 20_000 })
    expect(names().slice(0, 3)).toEqual(['_admin', 'admin-alice-500', 'admin-alice-1000'])
    const pages = screen.getByRole('navigation', { name: 'Pages' })
    expect(within(pages).getByRole('button', { name: '← Previous' })).toBeDisabled()

    await user.click(within(pages).getByRole('button', { name: 'Next →' }))

    expect(summary()).toHaveTextContent('Showing 101–200 of 10,000 tokens.')
    expect(within(pages).getByText('Page 2 of 100')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?page=2')
    expect(names()).toHaveLength(100)
    expect(within(pages).getByRole('button', { name: '← Previous' })).toBeEnabled()
    // Ten thousand rows through jsdom is slow on a loaded 2-core machine; the speed itself is
    // measured by `npm run bench`, so this test only needs the time to finish.
  }, 45_000)

  it('shows a specific error when the list cannot be loaded, and Retry recovers', async () => {
    server.use(
      http.post('*/api/v3/query_sql', () => HttpResponse.json({ error: 'query engine overloaded' }, { status: 500 }), {
        once: true,
      }),
    )
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the tokens.')
    expect(alert).toHaveTextContent('The server answered 500: query engine overloaded')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('asks for the database filter’s choices only once the tokens are in', async () => {
    const asked: string[] = []
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.post('*/api/v3/query_sql', async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string }
        if (q.includes('system.tokens')) {
          asked.push('tokens')
          await gate // then the mock answers
        } else {
          asked.push('databases')
        }
      }),
      http.get('*/api/v3/configure/database', () => {
        asked.push('databases')
      }),
    )
    renderApp({ path: '/tokens' })
    await waitFor(() => expect(asked).toContain('tokens'))
    // Everything a render would ask for at once has been asked by now.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(asked).toEqual(['tokens'])

    release()
    await within(await screen.findByRole('combobox', { name: 'Database' })).findByRole('option', { name: 'weather' })
    expect(asked[0]).toBe('tokens')
    expect(asked.slice(1)).toContain('databases')
  })

  it('lists a token whose permissions it cannot read with the text as is, and every other token as usual', async () => {
    server.use(
      http.post('*/api/v3/query_sql', async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string }
        if (!q.includes('system.tokens')) return undefined
        const rows = (await (await currentMock().handle(request)).json()) as { name: string; permissions: string }[]
        for (const row of rows) if (row.name === 'ci-deploy') row.permissions = 'table:sensors/cpu:query'
        return HttpResponse.json(rows)
      }),
    )
    await renderList()

    expect(summary()).toHaveTextContent(`Showing 1–${DEMO_TOKEN_COUNT} of ${DEMO_TOKEN_COUNT} tokens.`)
    const [kind, permissions] = cells('ci-deploy')
    expect(kind).toBe('Unknown')
    expect(permissions).toBe('The console cannot read these permissions: table:sensors/cpu:query')
    expect(cells('grafana-sensors')[0]).toBe('Database')
  })
})
