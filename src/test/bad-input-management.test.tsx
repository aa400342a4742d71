/**
 * The bad-input matrix of the management API (Cloud Dedicated and Clustered): every field where
 * a user types something the API would refuse (or should never see) says what is wrong before
 * anything is sent, and nothing is sent. Then descriptions and database names the API lists but
 * that look dangerous — markup, text-direction overrides — render as inert text in both lists.
 * Facts: InfluxData's management API reference (ids are UUIDs; database names 1–64 characters;
 * limits and retention integers), and its MCP server's name rule (`^[a-zA-Z0-9][a-zA-Z0-9\-_/]*$`).
 */
import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'

import { uuidV4 } from '../backends/management/mock/crypto'
import { loadProduct } from '../backends/registry'
import type { AppConfig } from '../session/app-config'
import { fill, MARKUP, pattern, recordRequests, RLO } from './bad-input'
import { openDedicated } from './management'
import { renderApp } from './render-app'
import { rowOf } from './rows'

configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await Promise.all([
    loadProduct('cloud-dedicated'),
    loadProduct('clustered'),
    import('../features/tokens/create/token-form'),
    import('../features/connection/connect-form'),
  ])
})

const { sent, changes } = recordRequests()

const DIRECT: AppConfig = { mode: 'direct', product: 'influxdb3', server: null, recovery: false, demoToken: null }
const DB_MARKUP = '<img/src=x/onerror=alert(1)>'
const GOOD_UUID = '0a1b2c3d-4e5f-4789-abcd-ef0123456789'

async function openTokenForm() {
  const opened = openDedicated('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await opened.user.click(screen.getByRole('button', { name: 'Create token' }))
  await opened.user.click(within(screen.getByRole('dialog', { name: 'Create a token' })).getByRole('button', { name: 'Next' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create a database token' })
  const description = await within(dialog).findByRole('textbox', { name: 'Description' })
  return { ...opened, dialog, description }
}

// ---------------------------------------------------------------------------------------------
// The tables

const DESCRIPTIONS: [string, string, string | RegExp][] = [
  ['empty', '', 'Enter a description for the token.'],
  ['spaces only', '    ', 'Enter a description for the token.'],
  ['1 000 characters', 'a'.repeat(1000), 'Use at most 200 characters (this is 1000).'],
  ['a right-to-left override', `invoice${RLO}fdp.exe`, /The description contains invisible control or text-direction characters/],
  ['a control character', 'ci\u0007deploy', /The description contains invisible control or text-direction characters/],
]

/** A `datetime-local` value (the browser's own time zone) `ms` from now. */
function localInput(ms: number): string {
  const date = new Date(Date.now() + ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

const EXPIRIES: [string, string, string][] = [
  ['in the past', localInput(-24 * 3600 * 1000), 'The expiry must be in the future (at least a minute from now).'],
  ['now', localInput(0), 'The expiry must be in the future (at least a minute from now).'],
  ['not a date', 'next tuesday', 'Enter a date and time.'],
  ['left empty', '', 'Enter a date and time.'],
]

// The management API's rule (`managementDatabaseName`): unlike InfluxDB 3, any number of “/” and at most 64 characters.
const DATABASE_NAMES: [string, string, string | RegExp][] = [
  ['empty', '', 'Enter a name for the database.'],
  ['starting with “_”', '_metrics', 'The name must start with a letter or a digit.'],
  ['starting with “/”', '/metrics', 'The name must start with a letter or a digit.'],
  ['with a space', 'my db', 'The name cannot contain spaces'],
  ['with a dot', 'sensors.v2', 'The name cannot contain “.”'],
  ['with an accented letter', 'café', 'The name cannot contain “é”'],
  ['with a right-to-left override', `db${RLO}x`, `The name cannot contain “${RLO}”`],
  ['of 65 characters', 'a'.repeat(65), 'The name is 65 characters long; the server allows at most 64.'],
  ['that looks like SQL', "x'; DROP TABLE tokens;--", "The name cannot contain “'”"],
  ['that looks like markup', MARKUP, 'The name must start with a letter or a digit.'],
  ['that ends in markup', `db${MARKUP}`, 'The name cannot contain “<”'],
]

const LIMITS: [string, string, string][] = [
  ['0', '0', 'A limit must be at least 1.'],
  ['negative', '-5', 'Enter a whole number, such as 500.'],
  ['not whole', '2.5', 'Enter a whole number, such as 500.'],
  ['not a number', 'many', 'Enter a whole number, such as 500.'],
  ['beyond any integer the API takes', '99999999999999999999', 'That number is too large.'],
]

const RETENTIONS: [string, string, string][] = [
  ['not a number', 'a month', 'Enter a whole number, such as 30.'],
  ['negative', '-30', 'Enter a whole number, such as 30.'],
  ['zero', '0', 'The retention period must be at least 1.'],
  ['a fraction', '1.5', 'Enter a whole number, such as 30.'],
  ['left empty', '', 'Enter how long to keep data.'],
]

// ---------------------------------------------------------------------------------------------
// The token form

describe('a token description', () => {
  it.each(DESCRIPTIONS)('that is %s is refused before anything is sent', async (_what, value, message) => {
    const { user, dialog, description } = await openTokenForm()
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
    await fill(user, description, value)
    await user.type(description, '{Enter}')
    await user.tab()
    expect(description).toBeInvalid()
    expect(description).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe('a token without a permission', () => {
  it('is not created: the summary asks for one, and nothing is sent', async () => {
    const { user, dialog, description } = await openTokenForm()
    await user.type(description, 'nothing-yet{Enter}')
    expect(dialog).toHaveTextContent('will not be able to do anything yet: choose at least one permission.')
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe('a custom expiry', () => {
  it.each(EXPIRIES)('%s is refused before anything is sent', async (_what, value, message) => {
    const { user, dialog, description } = await openTokenForm()
    await user.type(description, 'expiry-check')
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
    await user.click(within(dialog).getByRole('radio', { name: 'Custom date' }))
    const at = within(dialog).getByLabelText('Expires at (your local time)')
    if (value) await user.type(at, value)
    await user.type(description, '{Enter}')
    expect(at).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Expiry' })).toHaveAccessibleDescription(
      expect.stringMatching(pattern(message)),
    )
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe('an edited description', () => {
  it.each(DESCRIPTIONS)('that is %s is refused before anything is sent', async (_what, value, message) => {
    const { user } = openDedicated('/tokens')
    await user.click(await screen.findByRole('button', { name: 'Edit description of token Log shipper' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit description of token “Log shipper”' })
    const field = within(dialog).getByRole('textbox', { name: 'Description' })
    await fill(user, field, value)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(changes()).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Databases

async function openCreateDatabase() {
  const opened = openDedicated('/databases')
  await screen.findByRole('table', { name: 'Databases' })
  await opened.user.click(screen.getByRole('button', { name: 'Create database' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a database' })
  const name = within(dialog).getByRole('textbox', { name: 'Database name' })
  const create = () => within(dialog).getByRole('button', { name: 'Create database' })
  return { ...opened, dialog, name, create }
}

describe('a database name', () => {
  it.each(DATABASE_NAMES)('%s is refused before anything is sent', async (_what, value, message) => {
    const { user, name, create } = await openCreateDatabase()
    await fill(user, name, value)
    await user.type(name, '{Enter}')
    await user.tab()
    expect(name).toBeInvalid()
    expect(name).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(create()).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe.each(['Max tables', 'Max columns per table'])('%s', (label) => {
  it.each(LIMITS)('of %s is refused on create before anything is sent', async (_what, value, message) => {
    const { user, dialog, name, create } = await openCreateDatabase()
    await fill(user, name, 'metrics')
    const field = within(dialog).getByRole('textbox', { name: label })
    await fill(user, field, value)
    await user.type(name, '{Enter}')
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(create()).toBeDisabled()
    expect(changes()).toEqual([])
  })

  it.each(LIMITS)('of %s is refused on change before anything is sent', async (_what, value, message) => {
    const { user } = openDedicated('/databases')
    await user.click(await screen.findByRole('button', { name: 'Edit limits and retention of weather' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit limits and retention of “weather”' })
    const field = within(dialog).getByRole('textbox', { name: label })
    await fill(user, field, value)
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }))
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(changes()).toEqual([])
  })
})

describe('a retention period', () => {
  it.each(RETENTIONS)('that is %s is refused on create before anything is sent', async (_what, value, message) => {
    const { user, dialog, name, create } = await openCreateDatabase()
    await fill(user, name, 'metrics')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    const amount = within(dialog).getByRole('textbox', { name: 'Retention amount' })
    await fill(user, amount, value)
    await user.type(name, '{Enter}')
    expect(amount).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(
      expect.stringContaining(message),
    )
    expect(create()).toBeDisabled()
    expect(changes()).toEqual([])
  })

  it.each(RETENTIONS)('that is %s is refused on change before anything is sent', async (_what, value, message) => {
    const { user } = openDedicated('/databases')
    await user.click(await screen.findByRole('button', { name: 'Edit limits and retention of weather' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit limits and retention of “weather”' })
    const amount = within(dialog).getByRole('textbox', { name: 'Retention amount' })
    await fill(user, amount, value)
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }))
    expect(amount).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(
      expect.stringContaining(message),
    )
    expect(changes()).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// The connect form

async function connectForm(product: 'InfluxDB Cloud Dedicated' | 'InfluxDB Clustered') {
  const user = userEvent.setup({ delay: null })
  renderApp({ path: '/connection', session: null, config: DIRECT })
  await user.selectOptions(await screen.findByLabelText('Product'), product)
  await screen.findByRole('form', { name: `Connect to ${product}` })
  return user
}

const IDS: [string, string, string][] = [
  ['a UUID with a space inside', `${GOOD_UUID.slice(0, 8)} ${GOOD_UUID.slice(9)}`, 'is a UUID such as'],
  ['a UUID in braces', `{${GOOD_UUID}}`, 'is a UUID such as'],
  ['a path', `${GOOD_UUID}/clusters`, 'is a UUID such as'],
  ['a URL', `https://console.influxdata.com/accounts/${GOOD_UUID}`, 'is a UUID such as'],
  ['empty', '', 'Enter it: the product needs it to find your cluster.'],
]

describe.each(['Account ID', 'Cluster ID'])('a Cloud Dedicated %s', (label) => {
  it.each(IDS)('that is %s is refused before anything is sent', async (_what, value, message) => {
    const user = await connectForm('InfluxDB Cloud Dedicated')
    await fill(user, screen.getByLabelText('Server URL'), 'https://console.influxdata.com')
    for (const other of ['Account ID', 'Cluster ID']) await fill(user, screen.getByLabelText(other), uuidV4())
    const field = screen.getByLabelText(label)
    await fill(user, field, value)
    await fill(user, screen.getByLabelText('Management token'), 'a-management-token')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(sent()).toEqual([])
  })
})

const HOSTS: [string, string, string][] = [
  ['a path', 'https://cluster.example.com/api/v0', 'Enter the host only, without a path (/api/v0)'],
  ['a path after a port', 'https://cluster.example.com:8443/influx', 'Enter the host only, without a path (/influx)'],
  ['no scheme', 'cluster.example.com', 'Start the address with http:// or https://'],
  ['another scheme', 'grpc://cluster.example.com', 'Only http:// and https:// addresses can be used, not grpc://.'],
  ['credentials', 'https://admin:secret@cluster.example.com', 'Put the token in the token field, not in the address.'],
  ['a query', 'https://cluster.example.com/?token=x', 'The address cannot have a query (?…) or fragment (#…).'],
]

describe('a Clustered cluster host', () => {
  it.each(HOSTS)('with %s is refused before anything is sent', async (_what, value, message) => {
    const user = await connectForm('InfluxDB Clustered')
    const url = screen.getByLabelText('Server URL')
    await fill(user, url, value)
    await fill(user, screen.getByLabelText('Management token'), 'a-management-token')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(url).toBeInvalid()
    expect(url).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(sent()).toEqual([])
  })
})

const FILL = 'Fill from an influxctl profile (config.toml)'

const PROFILES: [string, string, string][] = [
  [
    'not TOML',
    '[[profile]]\n  name = "default"\n  account_id = 1234-abcd\n',
    'This is not a TOML file influxctl could read. Line 3:',
  ],
  ['JSON instead of TOML', '{"profile": {"name": "default"}}', 'This is not a TOML file influxctl could read.'],
  ['TOML without a profile', 'title = "not influxctl"\n', 'There is no profile in this file'],
  ['a profile that is not a [[profile]] section', '[profile]\n  name = "default"\n', 'are not [[profile]] sections'],
  ['nothing', '   ', 'There is nothing to read: the text is empty.'],
]

describe('a pasted influxctl config.toml', () => {
  it.each(PROFILES)('that is %s fills nothing, says why, and sends nothing', async (_what, text, message) => {
    const user = await connectForm('InfluxDB Cloud Dedicated')
    await user.type(screen.getByLabelText('Account ID'), GOOD_UUID)
    await user.click(screen.getByRole('button', { name: FILL }))
    const panel = screen.getByRole('group', { name: FILL })
    await user.click(within(panel).getByLabelText('Or paste the file’s text'))
    await user.paste(text)
    await user.click(within(panel).getByRole('button', { name: 'Fill from the pasted text' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing was filled.')
    expect(alert).toHaveTextContent(message)
    expect(screen.getByLabelText('Account ID')).toHaveValue(GOOD_UUID)
    expect(screen.getByLabelText('Cluster ID')).toHaveValue('')
    expect(sent()).toEqual([])
  })

  it('whose ids cannot be ids fills them, then refuses them before anything is sent', async () => {
    const user = await connectForm('InfluxDB Cloud Dedicated')
    await user.click(screen.getByRole('button', { name: FILL }))
    const panel = screen.getByRole('group', { name: FILL })
    await user.click(within(panel).getByLabelText('Or paste the file’s text'))
    await user.paste('[[profile]]\n  name = "default"\n  product = "dedicated"\n  account_id = "acc 1"\n  cluster_id = "clu/1"\n')
    await user.click(within(panel).getByRole('button', { name: 'Fill from the pasted text' }))
    expect(await screen.findByText(/Filled Account ID and Cluster ID/)).toBeInTheDocument()
    await fill(user, screen.getByLabelText('Server URL'), 'https://console.influxdata.com')
    await fill(user, screen.getByLabelText('Management token'), 'a-management-token')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByLabelText('Account ID')).toHaveAccessibleDescription(expect.stringContaining('is a UUID such as'))
    expect(screen.getByLabelText('Cluster ID')).toHaveAccessibleDescription(expect.stringContaining('is a UUID such as'))
    expect(sent()).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// What the API lists but looks dangerous

/* eslint-disable testing-library/no-node-access -- these checks scan the whole DOM for injected markup and bidi isolation, below what a user's queries see */
function expectInert() {
  expect(document.querySelector('img:not([src^="/"]), script, iframe, object, embed')).toBeNull()
  expect(document.querySelector('[onerror]')).toBeNull()
  expect(document.title).not.toContain('<')
}

function expectIsolated(container: HTMLElement, text: string) {
  const isolated = `\u2068${text}\u2069`
  const inBdi = [...container.querySelectorAll('bdi')].some((element) => element.textContent === text)
  expect(inBdi || container.textContent.includes(isolated)).toBe(true)
}
/* eslint-enable testing-library/no-node-access */

function addToken(mock: ReturnType<typeof openDedicated>['mock'], description: string, resource = 'sensors') {
  mock.store.addToken({
    id: uuidV4(),
    description,
    permissions: [{ action: 'read', resource }],
    createdAt: mock.now() - 86_400_000,
    expiresAt: null,
    revokedAt: null,
    hash: null,
  })
}

describe('descriptions and names the API lists', () => {
  it('a description with markup, and a database named with markup, show literally in the token list', async () => {
    const opened = openDedicated('/tokens')
    opened.mock.store.addDatabase(DB_MARKUP)
    addToken(opened.mock, MARKUP, DB_MARKUP)
    const row = rowOf(await screen.findByRole('rowheader', { name: MARKUP }))
    expect(row).toHaveTextContent(MARKUP)
    expect(row).toHaveTextContent(DB_MARKUP)
    expectInert()
  })

  it('a description that overrides the text direction shows isolated in the list and the revoke dialog', async () => {
    const spoof = `invoice${RLO}fdp.exe`
    const opened = openDedicated('/tokens')
    addToken(opened.mock, spoof)
    const row = rowOf(await screen.findByRole('rowheader', { name: spoof }))
    expectIsolated(row, spoof)
    await opened.user.click(within(row).getByRole('button', { name: `Revoke token ${spoof}` }))
    const dialog = await screen.findByRole('alertdialog')
    expectIsolated(within(dialog).getByRole('heading'), spoof)
  })

  it('a database named with markup shows literally in the databases list and its delete dialog', async () => {
    const opened = openDedicated('/databases')
    opened.mock.store.addDatabase(DB_MARKUP)
    addToken(opened.mock, 'markup-reader', DB_MARKUP)
    expect(await screen.findByRole('rowheader', { name: DB_MARKUP })).toHaveTextContent(DB_MARKUP)
    expectInert()
    await opened.user.click(screen.getByRole('button', { name: `Delete database ${DB_MARKUP}` }))
    const dialog = screen.getByRole('alertdialog', { name: `Delete database “${DB_MARKUP}”?` })
    expect(await within(dialog).findByText('markup-reader')).toBeInTheDocument()
    expectInert()
  })

  it('a database whose name overrides the text direction shows isolated in the databases list', async () => {
    const spoof = `logs${RLO}txt.exe`
    const opened = openDedicated('/databases')
    opened.mock.store.addDatabase(spoof)
    expectIsolated(rowOf(await screen.findByRole('rowheader', { name: spoof })), spoof)
  })
})
