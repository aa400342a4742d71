/**
 * Double submits and races: a double click or a double Enter on any create or delete sends
 * exactly one request; a token deleted elsewhere first is reported and the list refreshed; a
 * create that finishes after the user left the page leaves the list consistent.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { createInfluxClient } from '../backends/influxdb3/client'
import { server } from '../mocks/node'
import { untilClickable } from './pointer'
import { renderApp } from './render-app'
import { operatorToken } from './seeded-mock'

// A loaded 2-core machine (lazy chunks, other suites) can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

type User = ReturnType<typeof userEvent.setup>

let sent: string[] = []

beforeEach(() => {
  sent = []
  // Records every request that changes something (SQL reads are POSTs too), then lets the mock answer it.
  server.use(
    http.all(/.*/, ({ request }) => {
      const { pathname } = new URL(request.url)
      if (request.method !== 'GET' && pathname !== '/api/v3/query_sql') sent.push(`${request.method} ${pathname}`)
    }),
  )
})

function start(path: string) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path })
  return { user, ...app }
}

const notifications = () => screen.getByRole('status', { name: 'Notifications' })

async function tokenForm(type: 'Admin token' | 'Database token', name: string) {
  const scene = start('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await scene.user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  await scene.user.click(within(dialog).getByRole('radio', { name: type }))
  await scene.user.click(within(dialog).getByRole('button', { name: 'Next' }))
  const field = await within(dialog).findByRole('textbox', { name: 'Name' })
  await scene.user.type(field, name)
  if (type === 'Database token') await scene.user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
  return { ...scene, dialog, field, submit: within(dialog).getByRole('button', { name: 'Create token' }) }
}

async function databasesPage() {
  const scene = start('/databases')
  await screen.findByRole('table', { name: 'Databases' })
  return scene
}

interface Submit {
  name: string
  /** The one request it must send. */
  request: string
  /** Walks to the form; `field` is where Enter submits, `submit` the button. */
  open: () => Promise<{ user: User; field: HTMLElement; submit: HTMLElement }>
  done: () => Promise<void>
}

const SUBMITS: Submit[] = [
  {
    name: 'create admin token',
    request: 'POST /api/v3/configure/token/named_admin',
    open: () => tokenForm('Admin token', 'twice'),
    done: async () => {
      expect(await screen.findByRole('dialog', { name: 'Token “twice” created' })).toBeInTheDocument()
    },
  },
  {
    name: 'create resource token',
    request: 'POST /api/v3/enterprise/configure/token',
    open: () => tokenForm('Database token', 'twice'),
    done: async () => {
      expect(await screen.findByRole('dialog', { name: 'Token “twice” created' })).toBeInTheDocument()
    },
  },
  {
    name: 'delete token',
    request: 'DELETE /api/v3/configure/token',
    open: async () => {
      const { user } = start('/tokens')
      await user.click(await screen.findByRole('button', { name: 'Delete token ci-deploy' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete token “ci-deploy”?' })
      const submit = within(dialog).getByRole('button', { name: 'Delete token' })
      // Enter on the focused button is what a keyboard user presses.
      submit.focus()
      return { user, field: submit, submit }
    },
    done: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Token “ci-deploy” deleted.'))
    },
  },
  {
    name: 'regenerate operator token',
    request: 'POST /api/v3/configure/token/admin/regenerate',
    open: async () => {
      const { user } = start('/tokens')
      await user.click(await screen.findByRole('button', { name: 'Regenerate operator token _admin' }))
      const dialog = screen.getByRole('alertdialog', { name: 'Regenerate the operator token?' })
      const field = within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' })
      await user.type(field, '_admin')
      return { user, field, submit: within(dialog).getByRole('button', { name: 'Regenerate' }) }
    },
    done: async () => {
      expect(await screen.findByRole('dialog', { name: 'Operator token regenerated' })).toBeInTheDocument()
    },
  },
  {
    name: 'create database',
    request: 'POST /api/v3/configure/database',
    open: async () => {
      const { user } = await databasesPage()
      await user.click(screen.getByRole('button', { name: 'Create database' }))
      const dialog = screen.getByRole('dialog', { name: 'Create a database' })
      const field = within(dialog).getByRole('textbox', { name: 'Database name' })
      await user.type(field, 'twice')
      return { user, field, submit: within(dialog).getByRole('button', { name: 'Create database' }) }
    },
    done: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Database “twice” created.'))
    },
  },
  {
    name: 'set retention',
    request: 'PUT /api/v3/configure/database',
    open: async () => {
      const { user } = await databasesPage()
      await user.click(screen.getByRole('button', { name: 'Edit retention of sensors' }))
      const dialog = screen.getByRole('dialog', { name: 'Edit retention of “sensors”' })
      const field = within(dialog).getByRole('textbox', { name: 'Retention amount' })
      await user.clear(field)
      await user.type(field, '90')
      return { user, field, submit: within(dialog).getByRole('button', { name: 'Set to 90 days' }) }
    },
    done: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Retention of “sensors” is now 90 days.'))
    },
  },
  {
    name: 'delete database',
    request: 'DELETE /api/v3/configure/database',
    open: async () => {
      const { user } = await databasesPage()
      await user.click(screen.getByRole('button', { name: 'Delete database sensors' }))
      const dialog = screen.getByRole('alertdialog', { name: 'Delete database “sensors”?' })
      const field = within(dialog).getByRole('textbox', { name: 'Type sensors to confirm' })
      await user.type(field, 'sensors')
      return { user, field, submit: within(dialog).getByRole('button', { name: 'Delete database' }) }
    },
    done: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Database “sensors” deleted.'))
    },
  },
]

describe.each(SUBMITS.map((s) => [s.name, s] as const))('%s', (_name, submit) => {
  it('sends one request for a double click', async () => {
    const { user, submit: button } = await submit.open()
    await user.dblClick(button)
    await submit.done()
    expect(sent).toEqual([submit.request])
  })

  it('sends one request for a double Enter', async () => {
    const { user, field } = await submit.open()
    await user.type(field, '{Enter}{Enter}', { skipClick: true })
    await submit.done()
    expect(sent).toEqual([submit.request])
  })
})

describe('another tab got there first', () => {
  it('deleting a token already deleted elsewhere says so and refreshes the list', async () => {
    const { user } = start('/tokens')
    await user.click(await screen.findByRole('button', { name: 'Delete token ci-deploy' }))
    // Another tab (or person) deletes it meanwhile.
    await createInfluxClient({ token: operatorToken() }).deleteToken('ci-deploy')
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Delete token “ci-deploy”?' })).getByRole('button', {
        name: 'Delete token',
      }),
    )
    await waitFor(() =>
      expect(notifications()).toHaveTextContent(
        'Token “ci-deploy” was already deleted (perhaps in another tab). The list is up to date.',
      ),
    )
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'ci-deploy' })).not.toBeInTheDocument())
    expect(screen.getByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })

  it('deleting a database already deleted elsewhere says so and refreshes the list', async () => {
    const { user } = await databasesPage()
    await user.click(screen.getByRole('button', { name: 'Delete database weather' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Delete database “weather”?' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Type weather to confirm' }), 'weather')
    await createInfluxClient({ token: operatorToken() }).deleteDatabase('weather')
    await user.click(within(dialog).getByRole('button', { name: 'Delete database' }))
    await waitFor(() => expect(notifications()).toHaveTextContent('Database “weather” no longer exists (deleted elsewhere).'))
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'weather' })).not.toBeInTheDocument())
  })
})

describe('a create that finishes after the user left the page', () => {
  it('leaves the token list consistent: the new token is listed once', async () => {
    // The server holds the create until the user has left the page: no race with the clock.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.post(
        '*/api/v3/configure/token/named_admin',
        async () => {
          await held
          // Then on to the mock, which creates the token.
        },
        { once: true },
      ),
    )
    const { user, dialog, submit, router } = await tokenForm('Admin token', 'late-arrival')
    await user.click(submit)
    expect(within(dialog).getByRole('button', { name: 'Creating…' })).toBeDisabled()

    // The browser's Back button, or a link from elsewhere: the console asks first, and the user leaves.
    void router.navigate('/databases')
    const question = await screen.findByRole('alertdialog', { name: 'Leave this page?' })
    expect(question).toHaveTextContent('The token is still being created.')
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Leave without the string' })))
    expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
    release()
    await waitFor(() => expect(notifications()).toHaveTextContent('Token “late-arrival” created.'))

    await router.navigate('/tokens')
    const table = await screen.findByRole('table', { name: 'Tokens' })
    await waitFor(() => expect(within(table).getAllByRole('rowheader', { name: 'late-arrival' })).toHaveLength(1))
    expect(sent).toEqual(['POST /api/v3/configure/token/named_admin'])
  })

  it('leaves the database list consistent: the new database is listed once', async () => {
    let finished!: () => void
    const answered = new Promise<void>((resolve) => (finished = resolve))
    server.use(
      http.post(
        '*/api/v3/configure/database',
        async () => {
          await delay(200)
          queueMicrotask(finished)
        },
        { once: true },
      ),
    )
    const { user, router } = await databasesPage()
    await user.click(screen.getByRole('button', { name: 'Create database' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a database' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Database name' }), 'late_arrival')
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))

    await router.navigate('/tokens')
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    await answered
    // The create still says it succeeded, though its dialog is gone.
    await waitFor(() => expect(notifications()).toHaveTextContent('Database “late_arrival” created.'))

    await router.navigate('/databases')
    const table = await screen.findByRole('table', { name: 'Databases' })
    await waitFor(() => expect(within(table).getAllByRole('rowheader', { name: 'late_arrival' })).toHaveLength(1))
    expect(sent).toEqual(['POST /api/v3/configure/database'])
  })
})
