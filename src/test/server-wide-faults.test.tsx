/**
 * Faults wider than one call: the whole server failing or hanging while a change is made, the
 * list's refresh failing after a change that worked, a create whose answer is lost after the
 * server did it, and a list that never answers. The change's outcome is always told on its own,
 * and the last good rows stay on screen.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createInfluxClient } from '../backends/influxdb3/client'
import { currentMock, server } from '../mocks/node'
import { SLOW_AFTER_MS } from '../queries/read-progress'
import { DEMO_CONFIG, renderApp } from './render-app'
import { operatorToken } from './seeded-mock'

configure({ asyncUtilTimeout: 5000 })

const TIMEOUT_MS = 300

function start(path: string) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({
    path,
    config: { ...DEMO_CONFIG, timeoutMs: TIMEOUT_MS },
  })
  return { user, app }
}

const operatorClient = () => createInfluxClient({ token: operatorToken() })
const notifications = () => screen.getByRole('status', { name: 'Notifications' })
// `hidden`: under a dialog the list is hidden from assistive technology, but still on screen.
const rowHeader = (name: string) => screen.queryByRole('rowheader', { name, hidden: true })

/** From now on every request fails: with 500, or by never answering. */
function failEverything(how: '500' | 'hang') {
  server.use(
    http.all(/.*/, async () => {
      if (how === '500') return new HttpResponse('internal error: catalog unavailable', { status: 500 })
      await delay('infinite')
      return undefined
    }),
  )
}

/** Only the token list's SQL read fails; everything else reaches the mock. */
function failTokenList() {
  server.use(
    http.post('*/api/v3/query_sql', async ({ request }) => {
      const body = (await request.clone().json()) as { q?: string }
      if (/system\.tokens/.test(body.q ?? '')) return new HttpResponse('internal error: catalog unavailable', { status: 500 })
      return undefined
    }),
  )
}

async function openTokenDelete(name: string) {
  const scene = start('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await scene.user.click(screen.getByRole('button', { name: `Delete token ${name}` }))
  return { ...scene, dialog: await screen.findByRole('alertdialog', { name: `Delete token “${name}”?` }) }
}

describe('a token delete while the whole server fails', () => {
  it('says the delete failed, with the server’s words, when every request answers 500', async () => {
    const { user, dialog } = await openTokenDelete('ci-deploy')
    failEverything('500')
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not deleted.')
    expect(alert).toHaveTextContent('The server answered 500: internal error: catalog unavailable')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()
    // The rows the list had stay on screen under the dialog.
    expect(rowHeader('ci-deploy')).toBeInTheDocument()
  })

  it('says it cannot tell whether the token was deleted when every request hangs, and lets the user leave', async () => {
    const { user, dialog } = await openTokenDelete('ci-deploy')
    failEverything('hang')
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The console cannot tell whether the token “ci-deploy” was deleted.')
    expect(alert).toHaveTextContent(/did not answer within 300 ms/)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(rowHeader('ci-deploy')).toBeInTheDocument()
  })
})

describe('a change whose list refresh fails', () => {
  it('reports a token delete that worked, and keeps the other rows with a notice and a Retry', async () => {
    const { user, dialog } = await openTokenDelete('ci-deploy')
    failTokenList()
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    await waitFor(() => expect(notifications()).toHaveTextContent('Token “ci-deploy” deleted.'))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(await screen.findByText('Could not refresh the tokens.')).toBeInTheDocument()
    expect(rowHeader('ci-deploy')).not.toBeInTheDocument()
    expect(rowHeader('grafana-sensors')).toBeInTheDocument()

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByText('Could not refresh the tokens.')).not.toBeInTheDocument())
    expect(rowHeader('grafana-sensors')).toBeInTheDocument()
  })

  it('reports a database create that worked although the refresh of the list fails', async () => {
    const { user } = start('/databases')
    await screen.findByRole('table', { name: 'Databases' })
    await user.click(screen.getByRole('button', { name: 'Create database' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a database' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Database name' }), 'fresh_db')
    server.use(http.get('*/api/v3/configure/database', () => new HttpResponse('catalog unavailable', { status: 500 })))
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))

    await waitFor(() => expect(notifications()).toHaveTextContent('Database “fresh_db” created.'))
    expect(await screen.findByText('Could not refresh the databases.')).toBeInTheDocument()
    expect(rowHeader('sensors')).toBeInTheDocument()
  })
})

describe('a create whose answer is lost after the server did it', () => {
  /** The mock creates the token, then the body is cut on the way back. */
  function cutCreateAnswers() {
    server.use(
      http.post('*/api/v3/configure/token/named_admin', async ({ request }) => {
        const real = await currentMock().handle(request)
        return new HttpResponse((await real.text()).slice(0, 20), { status: real.status })
      }),
    )
  }

  async function createAdmin(name: string) {
    const scene = start('/tokens')
    await screen.findByRole('table', { name: 'Tokens' })
    await scene.user.click(screen.getByRole('button', { name: 'Create token' }))
    const chooser = screen.getByRole('dialog', { name: 'Create a token' })
    await scene.user.click(within(chooser).getByRole('radio', { name: 'Admin token' }))
    await scene.user.click(within(chooser).getByRole('button', { name: 'Next' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create an admin token' })
    await scene.user.type(await within(dialog).findByRole('textbox', { name: 'Name' }), name)
    await scene.user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    return { ...scene, dialog }
  }

  it('finds the token, says its string never arrived, and deletes and creates it again in one action', async () => {
    cutCreateAnswers()
    const { user, dialog } = await createAdmin('lost-answer')

    expect(
      await within(dialog).findByText('The token “lost-answer” was created, but its string never reached the console.'),
    ).toBeInTheDocument()
    expect(within(dialog).queryByText('The token was not created.')).not.toBeInTheDocument()
    server.resetHandlers()
    const before = (await operatorClient().listTokens()).find((t) => t.name === 'lost-answer')
    expect(before).toBeDefined()

    await user.click(within(dialog).getByRole('button', { name: 'Delete it and create it again' }))

    const reveal = await screen.findByRole('dialog', { name: 'Token “lost-answer” created' })
    const shown = within(reveal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })
    expect(shown.value).toMatch(/^apiv3_/)
    const after = (await operatorClient().listTokens()).filter((t) => t.name === 'lost-answer')
    expect(after).toHaveLength(1)
    expect(after[0]?.id).not.toBe(before?.id)
  })

  it('says the token was not created, and that trying again is safe, when the lookup finds nothing', async () => {
    server.use(http.post('*/api/v3/configure/token/named_admin', () => HttpResponse.error()))
    const { dialog } = await createAdmin('never-sent')

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not created.')
    expect(alert).toHaveTextContent(
      'The console checked: the server has no token named “never-sent”, so nothing was changed. Try again.',
    )
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('never-sent')
  })

  it('says it cannot tell when the lookup fails too, and checks again on request', async () => {
    const { user, dialog } = await (async () => {
      const opened = start('/tokens')
      await screen.findByRole('table', { name: 'Tokens' })
      failEverything('500')
      server.use(http.post('*/api/v3/configure/token/named_admin', () => HttpResponse.error()))
      await opened.user.click(screen.getByRole('button', { name: 'Create token' }))
      const chooser = screen.getByRole('dialog', { name: 'Create a token' })
      await opened.user.click(within(chooser).getByRole('radio', { name: 'Admin token' }))
      await opened.user.click(within(chooser).getByRole('button', { name: 'Next' }))
      const form = await screen.findByRole('dialog', { name: 'Create an admin token' })
      await opened.user.type(await within(form).findByRole('textbox', { name: 'Name' }), 'in-doubt')
      await opened.user.click(within(form).getByRole('button', { name: 'Create token' }))
      return { ...opened, dialog: form }
    })()

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The console cannot tell whether the token “in-doubt” was created.')
    expect(alert).toHaveTextContent('Looking up what happened failed as well')

    server.resetHandlers()
    await user.click(within(dialog).getByRole('button', { name: 'Check again' }))
    expect(await within(dialog).findByText(/The console checked: the server has no token named “in-doubt”/)).toBeInTheDocument()
  })
})

describe('a token list that does not answer', () => {
  it('says within seconds that the server is slow, with the attempt, and lets the user stop and try again', async () => {
    server.use(
      http.post('*/api/v3/query_sql', async () => {
        await delay('infinite')
        return undefined
      }),
    )
    const user = userEvent.setup({ delay: null })
    // The client's own timeout stays long here: the notice must come well before it.
    renderApp({ path: '/tokens' })

    expect(screen.getByText('Loading tokens…')).toBeInTheDocument()
    await screen.findByText('The server is slow to answer.', undefined, { timeout: SLOW_AFTER_MS + 2000 })
    const box = screen.getAllByRole('status').find((notice) => within(notice).queryByText('The server is slow to answer.'))!
    expect(box).toHaveTextContent(/still trying \(attempt 1 of 3\)/)

    await user.click(within(box).getByRole('button', { name: 'Stop waiting' }))
    expect(await screen.findByText('Stopped waiting for the tokens.')).toBeInTheDocument()

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })
})
