/**
 * The bad-input matrix: every field where a user types something the server would refuse (or
 * should never see) says what is wrong before anything is sent, and nothing is sent. Then the
 * names the server does accept but that look dangerous — markup, text-direction overrides —
 * render as inert text wherever they appear.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { currentMock, server } from '../mocks/node'
import type { AppConfig } from '../session/app-config'
import { untilClickable } from './pointer'
import { renderApp } from './render-app'
import { rowOf } from './rows'
import { operatorToken } from './seeded-mock'

// A loaded 2-core machine (lazy chunks, other suites) can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

type User = ReturnType<typeof userEvent.setup>

const DIRECT: AppConfig = { mode: 'direct', product: 'influxdb3', server: null, recovery: false, demoToken: null }
const MARKUP = '<img src=x onerror=alert(1)>'
/**
 * The same without spaces: the real server allows no such database name at all, but the mock
 * does, and `system.tokens` lists a permission naming it as `db:NAME:read`, space-separated.
 */
const DB_MARKUP = '<img/src=x/onerror=alert(1)>'
/** U+202E RIGHT-TO-LEFT OVERRIDE: "invoice‮fdp.exe" shows as "invoiceexe.pdf". */
const RLO = '\u202e'

let sent: { method: string; path: string; body: string }[] = []

beforeEach(() => {
  sent = []
  // Records every request, then lets the mock answer it.
  server.use(
    http.all(/.*/, async ({ request }) => {
      const body = request.method === 'GET' ? '' : await request.clone().text()
      sent.push({ method: request.method, path: new URL(request.url).pathname, body })
    }),
  )
})

/** Requests that change something: everything but reads (SQL reads are POSTs). */
const changes = () => sent.filter((r) => r.method !== 'GET' && r.path !== '/api/v3/query_sql')

function start(path: string, config?: AppConfig) {
  const user = userEvent.setup({ delay: null })
  renderApp({ path, ...(config ? { config, session: null } : {}) })
  return user
}

/**
 * Replaces a field's text the way a paste would (user-event's typing treats `{` and `[` as
 * keys). Empty means the user typed something and erased it again.
 */
async function fill(user: User, field: HTMLElement, value: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(value === '' ? 'x' : value)
  if (value === '') await user.clear(field)
}

async function openTokenForm(type: 'Admin token' | 'Database token') {
  const user = start('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  await user.click(within(dialog).getByRole('radio', { name: type }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  const name = await within(dialog).findByRole('textbox', { name: 'Name' })
  return { user, dialog, name }
}

// ---------------------------------------------------------------------------------------------
// The table: what is typed, where, and what the user is told

const TOKEN_NAMES: [string, string, string | RegExp][] = [
  ['empty', '', 'Enter a name for the token.'],
  ['spaces only', '    ', 'Enter a name for the token.'],
  ['1 000 characters', 'a'.repeat(1000), 'Use at most 200 characters (this is 1000).'],
  ['a right-to-left override', `invoice${RLO}fdp.exe`, /invisible control or text-direction characters/],
  ['a bidirectional isolate', 'ci\u2066-deploy\u2069', /invisible control or text-direction characters/],
  ['a control character', 'ci\u0007deploy', /invisible control or text-direction characters/],
  ['a tab', 'ci\tdeploy', /invisible control or text-direction characters/],
  ['the operator token’s name', '_admin', 'A token named “_admin” already exists. Choose another name.'],
  ['an existing name', 'ci-deploy', 'A token named “ci-deploy” already exists. Choose another name.'],
  ['an existing name with spaces around it', '  ci-deploy ', 'A token named “ci-deploy” already exists.'],
]

// The server's `validate_db_name` (influxdata/influxdb `influxdb3_catalog`), one case per rule, and names that look like SQL or markup.
const DATABASE_NAMES: [string, string, string | RegExp][] = [
  ['empty', '', 'Enter a name for the database.'],
  ['starting with “_”', '_metrics', 'The name must start with a letter or a digit.'],
  ['starting with “-”', '-metrics', 'The name must start with a letter or a digit.'],
  ['starting with “/”', '/metrics', 'The name must start with a letter or a digit.'],
  ['with a space', 'my db', 'The name cannot contain spaces'],
  ['with a dot', 'sensors.v2', 'The name cannot contain “.”'],
  ['with an accented letter', 'café', /Use only ASCII letters/],
  ['in another script', 'датчики', /Use only ASCII letters/],
  ['with an emoji', 'rocket🚀', /Use only ASCII letters/],
  ['with a right-to-left override', `db${RLO}x`, /Use only ASCII letters/],
  ['of 512 characters', 'a'.repeat(512), 'The name is 512 characters long; the server allows at most 511.'],
  ['with two slashes', 'a/b/c', 'The name may contain at most one “/”'],
  ['ending with a slash', 'metrics/', 'A “/” must be followed by a retention policy name'],
  ['that looks like SQL', "x'; DROP TABLE tokens;--", "The name cannot contain “'”"],
  ['that quotes SQL', 'x"); DROP DATABASE _internal;--', 'The name cannot contain “"”'],
  ['that looks like markup', MARKUP, 'The name must start with a letter or a digit.'],
  ['that ends in markup', `db${MARKUP}`, 'The name cannot contain “<”'],
]

/** A `datetime-local` value (the browser's own time zone) `ms` from now. */
function localInput(ms: number): string {
  const date = new Date(Date.now() + ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
const YEAR = 365.25 * 24 * 3600 * 1000

const EXPIRIES: [string, string, string | RegExp][] = [
  ['in the past', localInput(-24 * 3600 * 1000), 'The expiry must be in the future (at least a minute from now).'],
  ['long ago', '1970-01-01T00:00', 'The expiry must be in the future (at least a minute from now).'],
  ['now', localInput(0), 'The expiry must be in the future (at least a minute from now).'],
  ['over 100 years away', localInput(101 * YEAR), 'The expiry must be within 100 years; choose Never'],
  ['not a date', 'next tuesday', 'Enter a date and time.'],
  ['left empty', '', 'Enter a date and time.'],
]

const PERMISSION_TEXTS: [string, string, string | RegExp][] = [
  ['an unknown database', 'db:nope:read', 'There is no database "nope" on this server. Create it first, or fix the name.'],
  ['an unknown action', 'db:sensors:fly', '"fly" is not a database action'],
  ['an action the grid does not offer', 'db:sensors:delete', '"delete" is not offered here: choose read and/or write.'],
  ['* mixed with names', 'db:*,sensors:read', '"db:*,sensors:read" mixes * with resource names'],
  ['nothing', '', 'Type at least one permission, such as db:sensors:read.'],
  [
    'a system permission',
    'system:health:read',
    'Only database permissions (db:…) belong here; use a system token for system access.',
  ],
  ['full access', '*:*:*', 'Full access (*:*:*) is an admin token: go back and choose Admin token.'],
  ['no actions', 'db:sensors', /is not of the form type:names:actions/],
  ['an unknown resource type', 'table:sensors:read', 'unknown resource type "table"'],
]

const SERVER_URLS: [string, string, string | RegExp][] = [
  ['a javascript: URL', 'javascript:alert(1)', 'Only http:// and https:// addresses can be used, not javascript://.'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>', 'Only http:// and https:// addresses can be used, not data://.'],
  ['an ftp: URL', 'ftp://influx.example:8181', 'Only http:// and https:// addresses can be used, not ftp://.'],
  ['no scheme', 'influx.example.com', 'Start the address with http:// or https://'],
  ['host and port without a scheme', 'localhost:8181', 'Start the address with http:// or https://'],
  ['spaces', 'http://influx example:8181', 'The address cannot contain spaces.'],
  ['credentials', 'http://admin:apiv3_secret@influx.example:8181', 'Put the token in the token field, not in the address.'],
  ['a query string', 'http://influx.example:8181/?token=apiv3_secret', 'The address cannot have a query (?…) or fragment (#…).'],
  ['nothing', '', 'Enter the server’s address, e.g. http://127.0.0.1:8181.'],
]

// ---------------------------------------------------------------------------------------------
// The cases

describe('a token name', () => {
  it.each(TOKEN_NAMES)('that is %s is refused before anything is sent', async (_what, value, message) => {
    const { user, dialog, name } = await openTokenForm('Admin token')
    await fill(user, name, value)
    await user.type(name, '{Enter}')
    await user.tab()
    expect(name).toBeInvalid()
    expect(name).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })

  it('is sent trimmed when it has spaces around it', async () => {
    const { user, dialog, name } = await openTokenForm('Admin token')
    await fill(user, name, '  padded-name  ')
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    expect(await screen.findByRole('dialog', { name: 'Token “padded-name” created' })).toBeInTheDocument()
    expect(changes().map((r) => JSON.parse(r.body) as unknown)).toEqual([expect.objectContaining({ token_name: 'padded-name' })])
  })

  it('may contain emoji, and is sent and listed as typed', async () => {
    const { user, dialog, name } = await openTokenForm('Admin token')
    await fill(user, name, '🚀 deploy-bot')
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    await closeReveal(user, await screen.findByRole('dialog', { name: 'Token “🚀 deploy-bot” created' }))
    expect(changes().map((r) => JSON.parse(r.body) as unknown)).toEqual([
      expect.objectContaining({ token_name: '🚀 deploy-bot' }),
    ])
    expect(await screen.findByRole('rowheader', { name: '🚀 deploy-bot' })).toBeInTheDocument()
  })
})

describe('a database name', () => {
  it.each(DATABASE_NAMES)('%s is refused before anything is sent', async (_what, value, message) => {
    const user = start('/databases')
    await screen.findByRole('table', { name: 'Databases' })
    await user.click(screen.getByRole('button', { name: 'Create database' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a database' })
    const name = within(dialog).getByRole('textbox', { name: 'Database name' })
    await fill(user, name, value)
    await user.type(name, '{Enter}')
    await user.tab()
    expect(name).toBeInvalid()
    expect(name).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(within(dialog).getByRole('button', { name: 'Create database' })).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe('a custom expiry', () => {
  it.each(EXPIRIES)('%s is refused before anything is sent', async (_what, value, message) => {
    const { user, dialog, name } = await openTokenForm('Admin token')
    await fill(user, name, 'expiry-check')
    await user.click(within(dialog).getByRole('radio', { name: 'Custom date' }))
    const at = within(dialog).getByLabelText('Expires at (your local time)')
    if (value) await user.type(at, value)
    await user.type(name, '{Enter}')
    expect(at).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Expiry' })).toHaveAccessibleDescription(
      expect.stringMatching(pattern(message)),
    )
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })
})

describe('permissions typed in CLI syntax', () => {
  it.each(PERMISSION_TEXTS)('naming %s are refused, and the grid is left as it was', async (_what, value, message) => {
    const { user, dialog, name } = await openTokenForm('Database token')
    await fill(user, name, 'cli-check')
    const read = await within(dialog).findByRole('checkbox', { name: 'Read weather' })
    await user.click(read)
    const cli = within(dialog).getByRole('textbox', { name: 'Or type permissions' })
    await fill(user, cli, value)
    await user.type(cli, '{Enter}')
    expect(cli).toBeInvalid()
    expect(cli).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    // The grid keeps what was chosen before.
    expect(read).toBeChecked()
    expect(within(dialog).getByRole('checkbox', { name: 'Read sensors' })).not.toBeChecked()
    expect(changes()).toEqual([])
  })
})

describe('a server address in direct mode', () => {
  it.each(SERVER_URLS)('with %s is refused before anything is sent', async (_what, value, message) => {
    const user = start('/connection', DIRECT)
    const url = await screen.findByLabelText('Server URL')
    await fill(user, url, value)
    await fill(user, screen.getByLabelText('Admin token'), operatorToken())
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(url).toBeInvalid()
    expect(url).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    // Not even a read: the address is never contacted.
    expect(sent).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Names the server accepts but that look dangerous

/** Nothing the name could inject is in the page. */
/* eslint-disable testing-library/no-node-access -- these checks scan the whole DOM for injected markup and bidi isolation, below what a user's queries see */
function expectInert() {
  // The console's own images (the header's logo) come from its own files; an injected one would not.
  expect(document.querySelector('img:not([src^="/"]), script, iframe, object, embed')).toBeNull()
  expect(document.querySelector('[onerror]')).toBeNull()
  expect(document.title).not.toContain('<')
}

/** The name's direction controls cannot reorder the text around it: it sits in an isolate. */
function expectIsolated(container: HTMLElement, name: string) {
  const isolated = `\u2068${name}\u2069`
  const inBdi = [...container.querySelectorAll('bdi')].some((el) => el.textContent === name)
  expect(inBdi || (container.textContent ?? '').includes(isolated)).toBe(true)
}
/* eslint-enable testing-library/no-node-access */

async function closeReveal(user: User, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))
  await user.click(within(dialog).getByRole('button', { name: 'Done' }))
  await waitFor(() => expect(dialog).not.toBeInTheDocument())
}

async function deleteToken(user: User, name: string) {
  // Right after the reveal closes, its layer may still hold the pointer for a render.
  await user.click(await untilClickable(screen.getByRole('button', { name: `Delete token ${name}` })))
  const dialog = await screen.findByRole('alertdialog')
  return { dialog, confirm: () => user.click(within(dialog).getByRole('button', { name: 'Delete token' })) }
}

const notifications = () => screen.getByRole('status', { name: 'Notifications' })

describe('a token name with markup', () => {
  it('typed in the form, shows literally in the reveal, the toast, the list and the delete dialog', async () => {
    const { user, dialog, name } = await openTokenForm('Admin token')
    await fill(user, name, MARKUP)
    expect(name).toBeValid()
    expect(within(dialog).getByText(`“${MARKUP}” will have full access`, { exact: false })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))

    const reveal = await screen.findByRole('dialog', { name: `Token “${MARKUP}” created` })
    expect(notifications()).toHaveTextContent(`Token “${MARKUP}” created.`)
    expectInert()
    await closeReveal(user, reveal)

    expect(await screen.findByRole('rowheader', { name: MARKUP })).toHaveTextContent(MARKUP)
    expectInert()

    const { dialog: question, confirm: doDelete } = await deleteToken(user, MARKUP)
    expect(question).toHaveAccessibleName(`Delete token “${MARKUP}”?`)
    expect(question).toHaveTextContent(`Every client using ${MARKUP} loses access at once.`)
    expectInert()
    await doDelete()
    await waitFor(() => expect(notifications()).toHaveTextContent(`Token “${MARKUP}” deleted.`))
    expect(screen.queryByRole('rowheader', { name: MARKUP })).not.toBeInTheDocument()
    expectInert()
  })
})

describe('names created directly on the server', () => {
  it('a token whose name overrides the text direction shows isolated in the list, the delete dialog and the toast', async () => {
    const spoof = `invoice${RLO}fdp.exe`
    await currentMock().createTokenDirect({ name: spoof })
    const user = start('/tokens')
    const row = rowOf(await screen.findByRole('rowheader', { name: spoof }))
    expectIsolated(row, spoof)

    const { dialog, confirm } = await deleteToken(user, spoof)
    expect(dialog).toHaveTextContent(spoof)
    expectIsolated(within(dialog).getByRole('heading'), spoof)
    await confirm()
    await waitFor(() => expect(notifications()).toHaveTextContent(spoof))
    expectIsolated(notifications(), spoof)
  })

  it('a database named with markup shows literally in the list, the delete dialog and the toast', async () => {
    currentMock().addDatabase(DB_MARKUP)
    await currentMock().createTokenDirect({
      name: 'markup-reader',
      permissions: [{ resourceType: 'db', resourceNames: [DB_MARKUP], actions: ['read'] }],
    })
    const user = start('/databases')
    expect(await screen.findByRole('rowheader', { name: DB_MARKUP })).toHaveTextContent(DB_MARKUP)
    expectInert()

    await user.click(screen.getByRole('button', { name: `Delete database ${DB_MARKUP}` }))
    const dialog = screen.getByRole('alertdialog', { name: `Delete database “${DB_MARKUP}”?` })
    // The token that names it is listed by name, as text.
    expect(await within(dialog).findByText('markup-reader')).toBeInTheDocument()
    expectInert()
    const confirmField = within(dialog).getByRole('textbox', { name: `Type ${DB_MARKUP} to confirm` })
    await fill(user, confirmField, DB_MARKUP)
    await user.click(within(dialog).getByRole('button', { name: 'Delete database' }))
    await waitFor(() => expect(notifications()).toHaveTextContent(`Database “${DB_MARKUP}” deleted.`))
    expectInert()
  })

  it('a database named with markup shows literally in the permission grid and the token list', async () => {
    currentMock().addDatabase(DB_MARKUP)
    await currentMock().createTokenDirect({
      name: 'markup-reader',
      permissions: [{ resourceType: 'db', resourceNames: [DB_MARKUP], actions: ['read'] }],
    })
    const { dialog } = await openTokenForm('Database token')
    expect(await within(dialog).findByRole('checkbox', { name: `Read ${DB_MARKUP}` })).toBeInTheDocument()
    expect(within(dialog).getByRole('rowheader', { name: DB_MARKUP })).toBeInTheDocument()
    expectInert()
    const row = rowOf(screen.getByRole('rowheader', { name: 'markup-reader', hidden: true }))
    expect(row).toHaveTextContent(DB_MARKUP)
  })

  it('a database whose name overrides the text direction shows isolated in the list, the delete dialog and the toast', async () => {
    const spoof = `logs${RLO}txt.exe`
    currentMock().addDatabase(spoof)
    const user = start('/databases')
    const row = rowOf(await screen.findByRole('rowheader', { name: spoof }))
    expectIsolated(row, spoof)

    await user.click(screen.getByRole('button', { name: `Delete database ${spoof}` }))
    const dialog = screen.getByRole('alertdialog')
    expectIsolated(within(dialog).getByRole('heading'), spoof)
    await fill(user, within(dialog).getByRole('textbox', { name: /^Type .* to confirm$/ }), spoof)
    await user.click(within(dialog).getByRole('button', { name: 'Delete database' }))
    await waitFor(() => expect(notifications()).toHaveTextContent(spoof))
    expectIsolated(notifications(), spoof)
  })
})

function pattern(message: string | RegExp): RegExp {
  return typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message
}
