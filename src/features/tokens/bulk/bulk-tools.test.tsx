import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createInfluxClient } from '../../../backends/influxdb3/client'
import { server } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

async function renderList(path = '/tokens') {
  const user = userEvent.setup({ delay: null })
  renderApp({ path })
  // The bulk tools load after the list (a chunk of their own): the row checkboxes come with them.
  await screen.findByRole('checkbox', { name: /^Select all/ }, { timeout: 8000 })
  await screen.findAllByRole('checkbox', { name: /^Select token / })
  return { user }
}

const box = (name: string) => screen.getByRole('checkbox', { name: `Select token ${name}` })
const bar = () => screen.getByRole('group', { name: 'Bulk actions' })
const rowHeader = (name: string) => screen.queryByRole('rowheader', { name, hidden: true })

/** Records every token DELETE, then lets the mock (or an earlier handler) answer it. */
function recordDeletes(): string[] {
  const deleted: string[] = []
  server.use(
    http.delete('*/api/v3/configure/token', ({ request }) => {
      deleted.push(new URL(request.url).searchParams.get('token_name') ?? '')
    }),
  )
  return deleted
}

/** Each result line's text, as read. */
const resultLines = (results: HTMLElement) =>
  within(results)
    .getAllByRole('listitem')
    .map((item) => item.textContent.trim())

function failDeleteOf(name: string, status = 500, body = 'catalog locked') {
  server.use(
    http.delete('*/api/v3/configure/token', ({ request }) =>
      new URL(request.url).searchParams.get('token_name') === name ? new HttpResponse(body, { status }) : undefined,
    ),
  )
}

describe('selecting tokens', () => {
  it('gives every row a checkbox named after its token, and counts the selection', async () => {
    const { user } = await renderList()
    await user.click(box('ci-deploy'))
    await user.click(box('grafana-sensors'))
    expect(box('ci-deploy')).toBeChecked()
    expect(within(bar()).getByText('2 selected.')).toBeInTheDocument()

    await user.click(within(bar()).getByRole('button', { name: 'Clear selection' }))
    expect(box('ci-deploy')).not.toBeChecked()
    expect(within(bar()).queryByText(/selected/)).not.toBeInTheDocument()
  })

  it('selects the range between the last box ticked and a shift-clicked one', async () => {
    const { user } = await renderList()
    await user.click(box('analytics-readonly'))
    await user.keyboard('{Shift>}')
    await user.click(box('etl-pipeline'))
    await user.keyboard('{/Shift}')

    expect(box('analytics-readonly')).toBeChecked()
    expect(box('ci-deploy')).toBeChecked()
    expect(box('etl-pipeline')).toBeChecked()
    expect(box('factory-bridge')).not.toBeChecked()
    expect(within(bar()).getByText('3 selected.')).toBeInTheDocument()
  })

  it('works from the keyboard: Space ticks, Shift+Space extends the range', async () => {
    const { user } = await renderList()
    box('analytics-readonly').focus()
    await user.keyboard(' ')
    box('etl-pipeline').focus()
    await user.keyboard('{Shift>} {/Shift}')
    expect(within(bar()).getByText('3 selected.')).toBeInTheDocument()
  })

  it('selects every token matching the filters, not only the page, and says so', async () => {
    const { user } = await renderList('/tokens?q=grafana')
    const all = within(bar()).getByRole('checkbox', { name: 'Select all 3 matching tokens' })
    await user.click(box('grafana-sensors'))
    expect(all).toBePartiallyChecked()

    await user.click(all)
    expect(all).toBeChecked()
    expect(within(bar()).getByText('3 selected.')).toBeInTheDocument()
    await user.click(all)
    expect(within(bar()).queryByText(/selected/)).not.toBeInTheDocument()
  })
})

describe('bulk delete', () => {
  it('confirms with the count and the tokens, leaves the operator token out with a note, then shows each result', async () => {
    // Handlers added last answer first: this one records, then the failure answers one of them.
    failDeleteOf('grafana-sensors')
    const deleted = recordDeletes()
    const { user } = await renderList()
    for (const name of ['_admin', 'ci-deploy', 'grafana-sensors', 'k8s-probes']) await user.click(box(name))

    await user.click(within(bar()).getByRole('button', { name: 'Delete selected…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 3 tokens?' })
    const included = within(dialog).getByRole('list', { name: 'Tokens included' })
    expect(
      within(included)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ci-deploy', 'grafana-sensors', 'k8s-probes'])
    const leftOut = within(dialog).getByRole('list', { name: 'Tokens left out' })
    expect(leftOut).toHaveTextContent('_admin: The operator token cannot be deleted — regenerate it instead.')

    await user.click(within(dialog).getByRole('button', { name: 'Delete 3 tokens' }))

    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(within(dialog).getByText('2 deleted, 1 failed.')).toBeInTheDocument()
    expect(resultLines(results)).toEqual(
      expect.arrayContaining([
        'ci-deploy: Deleted',
        'k8s-probes: Deleted',
        expect.stringMatching(/^grafana-sensors: Failed\. The server answered 500: catalog locked\./),
      ]),
    )
    expect(deleted.sort()).toEqual(['ci-deploy', 'grafana-sensors', 'k8s-probes'])

    // The list is refreshed: the deleted rows go, the failed one stays and stays selected.
    await waitFor(() => expect(rowHeader('ci-deploy')).not.toBeInTheDocument())
    expect(rowHeader('k8s-probes')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(box('grafana-sensors')).toBeChecked()
    expect(within(bar()).getByText('2 selected.')).toBeInTheDocument() // _admin and grafana-sensors
  })

  it('reports a token deleted meanwhile as already gone', async () => {
    const { user } = await renderList()
    await user.click(box('ci-deploy'))
    await user.click(box('k8s-probes'))
    await user.click(within(bar()).getByRole('button', { name: 'Delete selected…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 tokens?' })
    await createInfluxClient({ token: operatorToken() }).deleteToken('ci-deploy')

    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 tokens' }))

    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(within(dialog).getByText('1 deleted, 1 already gone.')).toBeInTheDocument()
    expect(resultLines(results)).toContain('ci-deploy: Already gone (the server no longer had it)')
  })

  it('stops sending on Stop: requests on their way finish, the rest are not sent', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    server.use(http.delete('*/api/v3/configure/token', () => gate.then(() => undefined)))
    const deleted = recordDeletes()
    const { user } = await renderList()
    for (const name of ['ci-deploy', 'etl-pipeline', 'factory-bridge', 'k8s-probes', 'uptime-monitor'])
      await user.click(box(name))
    await user.click(within(bar()).getByRole('button', { name: 'Delete selected…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 5 tokens?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete 5 tokens' }))

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Deleting… 0 of 5')
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }))
    expect(within(dialog).getByRole('button', { name: 'Stopping…' })).toBeDisabled()
    release()

    expect(await within(dialog).findByText('3 deleted, 2 not sent.')).toBeInTheDocument()
    expect(deleted).toHaveLength(3)
    expect(
      within(within(dialog).getByRole('list', { name: 'Results' })).getAllByText('Not sent (stopped)', { exact: false }),
    ).toHaveLength(2)
  })
})

describe('purging expired tokens', () => {
  it('reviews the expired tokens first, then deletes exactly those', async () => {
    const deleted = recordDeletes()
    const { user } = await renderList()
    await user.click(within(bar()).getByRole('button', { name: 'Purge expired…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 expired tokens?' })
    expect(
      within(within(dialog).getByRole('list', { name: 'Tokens included' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['migration-2025', 'telegraf-logs-old'])

    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 expired tokens' }))
    expect(await within(dialog).findByText('2 deleted.')).toBeInTheDocument()
    expect(deleted.sort()).toEqual(['migration-2025', 'telegraf-logs-old'])
  })

  it('sends nothing on Cancel', async () => {
    const deleted = recordDeletes()
    const { user } = await renderList()
    await user.click(within(bar()).getByRole('button', { name: 'Purge expired…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete 2 expired tokens?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(deleted).toEqual([])
  })
})

describe('exporting the inventory', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** The files the page hands the browser to download. */
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = []
    const blobs: Blob[] = []
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob)
      return `blob:test/${blobs.length}`
    }
    URL.revokeObjectURL = () => {}
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.at(-1) as Blob })
    })
    return files
  }

  it('saves the filtered list as CSV with server, product and time, and no token string', async () => {
    const files = captureDownloads()
    const { user } = await renderList('/tokens?q=grafana')
    await user.click(within(bar()).getByRole('button', { name: 'Export CSV of the 3 listed tokens' }))

    expect(files).toHaveLength(1)
    expect(files[0]?.name).toMatch(/^influxdb-tokens-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/)
    const text = await files[0]?.blob.text()
    const lines = text?.split('\r\n') ?? []
    expect(lines[1]).toBe('# server: The console’s built-in demo server')
    expect(lines[2]).toMatch(/^# product: InfluxDB 3 /)
    expect(lines[3]).toMatch(/^# exported: \d{4}-/)
    expect(lines.slice(6, 9).map((line) => line.split(',')[1])).toEqual([
      'grafana-dashboards',
      'grafana-sensors',
      'grafana-weather',
    ])
    expect(text).not.toContain(operatorToken())
    expect(text).not.toMatch(/apiv3_/)
  })

  it('saves JSON with a header object', async () => {
    const files = captureDownloads()
    const { user } = await renderList()
    await user.click(within(bar()).getByRole('button', { name: 'Export JSON of the 17 listed tokens' }))
    const json = JSON.parse((await files[0]?.blob.text()) ?? '') as { inventory: { tokens: number }; tokens: unknown[] }
    expect(json.inventory.tokens).toBe(17)
    expect(json.tokens).toHaveLength(17)
  })
})
