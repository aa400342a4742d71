import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { resetManagementMock } from '../../mocks/node'
import type { AppConfig } from '../../session/app-config'
import { renderApp } from '../../test/render-app'

const PAGE = '/clustered/admin-token'
const DIRECT: AppConfig = { mode: 'direct', product: 'influxdb3', server: null, recovery: false, demoToken: null }

let savedClipboard: PropertyDescriptor | undefined

afterEach(() => {
  if (savedClipboard) Object.defineProperty(navigator, 'clipboard', savedClipboard)
  savedClipboard = undefined
})

async function openGuide() {
  const user = userEvent.setup({ delay: null })
  renderApp({ session: null, path: PAGE })
  await screen.findByRole('heading', { level: 1, name: 'InfluxDB Clustered admin token' })
  return user
}

/** The runbook step whose heading is `title`. */
function stepOf(title: string): HTMLElement {
  const heading = screen.getByRole('heading', { name: title })
  const step = screen.getAllByRole('listitem').find((item) => item.contains(heading))
  if (!step) throw new Error(`no step is titled ${title}`)
  return step
}

/** What the step's copy button puts on the clipboard: its command, exactly. */
async function copied(user: ReturnType<typeof userEvent.setup>, title: string): Promise<string> {
  await user.click(within(stepOf(title)).getByRole('button', { name: `Copy “${title}”` }))
  expect(await within(stepOf(title)).findByText('Copied to the clipboard.')).toBeInTheDocument()
  return navigator.clipboard.readText()
}

/** A step's command block (sentences that name a command in `code` do not match). */
const COMMAND = (_: string, element: Element | null) => element?.tagName === 'PRE'
const FETCH = 'Write the admin token to token.json'
const REVOKE_TITLES = [
  'Delete the rsa-keys and admin-token secrets',
  'Find the key-gen and create-admin-token jobs',
  'Delete both jobs, so that kubit re-creates and runs them',
  'Restart the token-management service',
  'Fetch the new admin token',
]

describe('the Clustered admin-token page', () => {
  it('opens without a session, warns that the token is for development and testing, and says what the console cannot do', async () => {
    await openGuide()
    expect(screen.getByText('For development and testing only')).toBeInTheDocument()
    expect(
      screen.getByText(/for development and testing purposes only, and not to be used in a production cluster/),
    ).toBeInTheDocument()
    const cannot = screen.getByRole('region', { name: 'What this console cannot do' })
    expect(cannot).toHaveTextContent(/Run kubectl or read the secret/)
    expect(cannot).toHaveTextContent(/Revoke the admin token by itself/)
  })

  it('gives the docs’ kubectl command and profile for the default namespace, each copyable', async () => {
    const user = await openGuide()
    expect(screen.getByRole('textbox', { name: 'Namespace' })).toHaveValue('influxdb')
    expect(await copied(user, FETCH)).toBe(
      'kubectl get secrets/admin-token \\\n  --template={{.data.token}} \\\n  --namespace influxdb | base64 -d > token.json',
    )
    expect(await copied(user, 'Point your influxctl profile at it')).toBe(
      '[[profile]]\n# ...\n  [profile.auth.token]\n    token_file = "/DIRECTORY_PATH/token.json"',
    )
  })

  it('writes every command for the namespace typed, and the folder given', async () => {
    const user = await openGuide()
    const namespace = screen.getByRole('textbox', { name: 'Namespace' })
    await user.clear(namespace)
    await user.type(namespace, 'influxdb-prod')
    await user.type(screen.getByRole('textbox', { name: 'Folder for token.json (optional)' }), '/home/ops/influxctl')

    expect(await copied(user, FETCH)).toMatch(/--namespace influxdb-prod \| base64 -d > \/home\/ops\/influxctl\/token\.json$/)
    expect(within(stepOf('Point your influxctl profile at it')).getByText(/token_file/)).toHaveTextContent(
      'token_file = "/home/ops/influxctl/token.json"',
    )
    const runbook = screen.getByRole('list', { name: 'Revoke the admin token' })
    expect(
      within(runbook)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(REVOKE_TITLES)
    for (const title of REVOKE_TITLES) {
      expect(within(stepOf(title)).getByText(COMMAND)).toHaveTextContent('--namespace influxdb-prod')
    }
    expect(screen.queryByText(/--namespace influxdb\b(?!-)/)).not.toBeInTheDocument()
  })

  it('refuses a namespace Kubernetes would refuse, and shows no command with it', async () => {
    const user = await openGuide()
    const namespace = screen.getByRole('textbox', { name: 'Namespace' })
    await user.clear(namespace)
    await user.type(namespace, 'InfluxDB_Prod')

    expect(namespace).toBeInvalid()
    expect(namespace).toHaveAccessibleDescription(/Use lowercase letters: a Kubernetes namespace name cannot contain capitals\./)
    expect(screen.queryByText(/kubectl (get|delete)/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Copy/ })).not.toBeInTheDocument()
    expect(screen.getAllByText('Fix the fields above to see the commands.')).toHaveLength(2)

    await user.clear(namespace)
    expect(namespace).toHaveAccessibleDescription(/Enter the namespace InfluxDB Clustered runs in\./)
    await user.type(namespace, 'influxdb-2')
    expect(namespace).toBeValid()
    expect(within(stepOf(FETCH)).getByText(COMMAND)).toHaveTextContent('--namespace influxdb-2')
  })

  it('puts the job names typed in the delete command, and refuses a job name Kubernetes would refuse', async () => {
    const user = await openGuide()
    const deleteJobs = 'Delete both jobs, so that kubit re-creates and runs them'
    expect(within(stepOf(deleteJobs)).getByText(COMMAND)).toHaveTextContent('job/KEY_GEN_JOB job/CREATE_ADMIN_TOKEN_JOB')

    await user.type(screen.getByRole('textbox', { name: 'key-gen job name (optional)' }), 'key-gen-7f2')
    await user.type(screen.getByRole('textbox', { name: 'create-admin-token job name (optional)' }), 'create-admin-token-7f2')
    expect(await copied(user, deleteJobs)).toBe(
      'kubectl delete job/key-gen-7f2 job/create-admin-token-7f2 \\\n  --namespace influxdb',
    )

    const keyGen = screen.getByRole('textbox', { name: 'key-gen job name (optional)' })
    await user.type(keyGen, '/x')
    expect(keyGen).toHaveAccessibleDescription(/not “\/”/)
    expect(screen.queryByRole('heading', { name: deleteJobs })).not.toBeInTheDocument()
    // The commands that fetch the token do not depend on the jobs.
    expect(stepOf(FETCH)).toBeInTheDocument()
  })

  it('says so when the browser refuses to copy, selects the command, and never claims success', async () => {
    const user = await openGuide()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    await user.click(within(stepOf(FETCH)).getByRole('button', { name: `Copy “${FETCH}”` }))

    const status = within(stepOf(FETCH)).getByRole('status')
    expect(
      await within(status).findByText(/The browser refused to copy\. The command is selected: press Ctrl\+C to copy it\./),
    ).toBeInTheDocument()
    expect(status).not.toHaveTextContent('Copied')
    expect(window.getSelection()?.toString()).toMatch(/^kubectl get secrets\/admin-token/)
  })

  it('without the Clipboard API, selects the command and explains why', async () => {
    const user = await openGuide()
    savedClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    await user.click(within(stepOf(FETCH)).getByRole('button', { name: `Copy “${FETCH}”` }))
    expect(within(stepOf(FETCH)).getByRole('status')).toHaveTextContent(
      /cannot use the clipboard \(it needs HTTPS or localhost\)/,
    )
  })

  it('does not show a stale “Copied” once the command changed', async () => {
    const user = await openGuide()
    await copied(user, FETCH)
    await user.type(screen.getByRole('textbox', { name: 'Namespace' }), '-b')
    expect(within(stepOf(FETCH)).getByRole('status')).toBeEmptyDOMElement()
  })

  it.each(['/influxdb3/admin-token', '/tokens/admin-token'])(
    'is not found for a product without an admin-token guide: %s',
    async (path) => {
      renderApp({ session: null, path })
      expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    },
  )
})

describe('the ways to the page', () => {
  it('is in the main navigation of a Clustered session', async () => {
    const mock = resetManagementMock('demo', { product: 'clustered' })
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens', session: { product: 'clustered', baseUrl: '', token: mock.managementToken, demo: true } })
    const nav = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'Admin token' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'InfluxDB Clustered admin token' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Admin token' })).toHaveAttribute('aria-current', 'page')
  })

  it('is not in the navigation of an InfluxDB 3 session', async () => {
    renderApp({ path: '/tokens' })
    await screen.findByRole('table', { name: 'Tokens' })
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Admin token' }),
    ).not.toBeInTheDocument()
  })

  it('is linked from the connect screen once Clustered is chosen', async () => {
    const user = userEvent.setup({ delay: null })
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    const product = await screen.findByLabelText('Product')
    expect(screen.queryByRole('link', { name: 'Using the admin token? How to get it' })).not.toBeInTheDocument()
    await user.selectOptions(product, 'InfluxDB Clustered')
    await user.click(await screen.findByRole('link', { name: 'Using the admin token? How to get it' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'InfluxDB Clustered admin token' })).toBeInTheDocument()
  })
})
