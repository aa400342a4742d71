/**
 * The fault matrix of the management API's mutations (Cloud Dedicated and Clustered): every
 * change the screens make × the ways it can fail — a server error with the API's
 * `{code: <integer>, message}` body, a lost network, 401 (the management token is no longer
 * valid: "Connect again"), 403 (a valid token that may not do this: said in place), 404 (gone
 * meanwhile), 409 where the API documents it, and a 2xx whose body is not what the API sends.
 * Each case checks what a user would: the failure said where the action was taken, with the
 * server's words; what was typed still there; the same action working once the fault is gone;
 * and success told then. Clustered runs on its documented paths (`/api/v0/tokens`) and on a
 * cluster that serves only the Dedicated-shaped ones (the console falls back on a 404, §G of
 * InfluxData's MCP server's behaviour).
 *
 * Faults are injected in front of the mock, only for the operation's own request and only while
 * armed; everything else reaches the mock untouched.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import type { MockManagement } from '../backends/management/mock/mock-management'
import { forgetClusteredPaths, PLACEHOLDER_ID } from '../backends/management/paths'
import { loadProduct } from '../backends/registry'
import { resetManagementMock, server } from '../mocks/node'
import { renderApp } from './render-app'

configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await Promise.all([
    loadProduct('cloud-dedicated'),
    loadProduct('clustered'),
    import('../features/tokens/create/token-form'),
    import('../features/connection/connect-form'),
  ])
})

type User = ReturnType<typeof userEvent.setup>

const FAULTS = ['500', 'network', '401', '403', '404', '409', 'malformed'] as const
type Fault = (typeof FAULTS)[number]

/**
 * Where the console talks to the management API:
 * - `dedicated`: Cloud Dedicated, `/api/v0/accounts/{accountId}/clusters/{clusterId}/…`;
 * - `clustered`: Clustered on its documented paths, `/api/v0/…`;
 * - `clustered-fallback`: a cluster that answers only the Dedicated-shaped paths with
 *   placeholder ids, as InfluxData's MCP server calls them; the console finds them after a 404.
 */
type Variant = 'dedicated' | 'clustered' | 'clustered-fallback'

const PREFIX: Record<Variant, string> = {
  dedicated: '/api/v0/accounts/[^/]+/clusters/[^/]+',
  clustered: '/api/v0',
  'clustered-fallback': `/api/v0/accounts/${PLACEHOLDER_ID}/clusters/${PLACEHOLDER_ID}`,
}

interface Scene {
  user: User
  mock: MockManagement
  /** Where the operation's failure shows: its dialog. */
  where: () => HTMLElement
  heading: string
}

type Expectation =
  | { kind: 'alert'; title: string | RegExp; says: RegExp[]; tone?: 'warning' }
  | { kind: 'reconnect' }
  | { kind: 'field'; label: string; says: RegExp; retry: (scene: Scene) => Promise<void> }
  | { kind: 'toast'; says: RegExp; retry: (scene: Scene) => Promise<void> }
  /** The server did it and its body is not needed, or the console checked and found it done. */
  | { kind: 'success' }
  /** A case handled in its own way, end to end. */
  | { kind: 'own'; run: (scene: Scene) => Promise<void> }

interface Operation {
  name: string
  variant: Variant
  method: 'POST' | 'PATCH' | 'DELETE'
  /** Below the variant's prefix. */
  path: RegExp
  /** The 2xx answer has no body the console reads (revoke, database changes). */
  bodiless?: boolean
  /** Faults the API does not document for this call. */
  without?: Fault[]
  open: (variant: Variant) => Promise<Scene>
  submit: (scene: Scene) => Promise<void>
  title: string
  kept: (scene: Scene) => void
  succeeded: (scene: Scene) => Promise<void>
  special?: Partial<Record<Fault, Expectation>>
}

// ---------------------------------------------------------------------------------------------
// Walking the console

function start(variant: Variant, path: string, heading: string) {
  // The console remembers per server which Clustered path shape answered; each case is a new cluster.
  forgetClusteredPaths()
  const mock = resetManagementMock('demo', {
    product: variant === 'dedicated' ? 'cloud-dedicated' : 'clustered',
    ...(variant === 'clustered-fallback' ? { clusteredPaths: 'dedicated-shaped' as const } : {}),
  })
  const user = userEvent.setup({ delay: null })
  renderApp({
    path,
    session:
      variant === 'dedicated'
        ? {
            product: 'cloud-dedicated',
            scope: { accountId: mock.accountId, clusterId: mock.clusterId },
            baseUrl: '',
            token: mock.managementToken,
            demo: true,
          }
        : {
            product: 'clustered',
            baseUrl: '',
            token: mock.managementToken,
            demo: true,
          },
  })
  return { user, mock, heading }
}

// `hidden`: under the "Connect again" dialog the page and its dialogs are hidden from assistive technology.
const dialogNamed = (name: string | RegExp) => screen.getByRole('dialog', { name, hidden: true })
const notifications = () => screen.getByRole('status', { name: 'Notifications' })
const textbox = (container: HTMLElement, name: string) => within(container).getByRole('textbox', { name, hidden: true })
const checkbox = (container: HTMLElement, name: string) => within(container).getByRole('checkbox', { name, hidden: true })
const radio = (container: HTMLElement, name: string) => within(container).getByRole('radio', { name, hidden: true })

async function tokensPage(variant: Variant) {
  const scene = start(variant, '/tokens', 'Tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  return scene
}

async function databasesPage(variant: Variant) {
  const scene = start(variant, '/databases', 'Databases')
  await screen.findByRole('table', { name: 'Databases' })
  return scene
}

const tokenOf = (mock: MockManagement, description: string) =>
  [...mock.store.tokens.values()].filter((token) => token.description === description)

// ---------------------------------------------------------------------------------------------
// Token operations

const NEW_TOKEN = 'fault-writer'

function createToken(variant: Variant, expiry: boolean): Operation {
  const create = ({ user, where }: Scene) => user.click(within(where()).getByRole('button', { name: 'Create token' }))
  const revealed = async ({ mock }: Scene) => {
    const reveal = await screen.findByRole('dialog', { name: `Token “${NEW_TOKEN}” created` })
    expect(within(reveal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' }).value).toMatch(/^apiv1_/)
    const live = tokenOf(mock, NEW_TOKEN).filter((token) => token.revokedAt === null)
    expect(live).toHaveLength(1)
    expect(live[0]?.permissions).toEqual([{ action: 'read', resource: 'sensors' }])
    if (expiry) expect(live[0]?.expiresAt).toEqual(expect.any(Number))
    else expect(live[0]?.expiresAt).toBeNull()
  }
  return {
    name: `create token (${expiry ? 'expires in 30 days' : 'never expires'})`,
    variant,
    method: 'POST',
    path: /^\/tokens$/,
    open: async () => {
      const scene = await tokensPage(variant)
      await scene.user.click(screen.getByRole('button', { name: 'Create token' }))
      await scene.user.click(within(dialogNamed('Create a token')).getByRole('button', { name: 'Next' }))
      const dialog = await screen.findByRole('dialog', { name: 'Create a database token' })
      await scene.user.type(await within(dialog).findByRole('textbox', { name: 'Description' }), NEW_TOKEN)
      await scene.user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
      await scene.user.click(within(dialog).getByRole('radio', { name: expiry ? '30 days' : 'Never' }))
      return { ...scene, where: () => dialog }
    },
    submit: create,
    title: 'The token was not created.',
    kept: ({ where }) => {
      expect(textbox(where(), 'Description')).toHaveValue(NEW_TOKEN)
      expect(checkbox(where(), 'Read sensors')).toBeChecked()
      expect(radio(where(), expiry ? '30 days' : 'Never')).toBeChecked()
    },
    succeeded: revealed,
    special: {
      network: {
        kind: 'alert',
        title: 'The token was not created.',
        says: [/could not be reached/, new RegExp(`The console checked: the server has no token named “${NEW_TOKEN}”`)],
      },
      // Descriptions need not be unique here: a 409 is the server's conflict, not a taken name.
      '409': { kind: 'alert', title: 'The token was not created.', says: [/answered 409: conflicting operation/] },
      malformed: {
        kind: 'own',
        run: async (scene) => {
          // A warning (role status): the token exists, only its string is lost.
          const said = `The token “${NEW_TOKEN}” was created, but its string never reached the console.`
          const alert = await waitFor(() => {
            const found = within(scene.where())
              .getAllByRole('status', { hidden: true })
              .find((element) => element.textContent.includes(said))
            expect(found).toBeDefined()
            return found as HTMLElement
          })
          // Never half a token, never a claim of success.
          expect(screen.queryByRole('textbox', { name: 'Token string', hidden: true })).not.toBeInTheDocument()
          expect(screen.queryByRole('dialog', { name: /created$/, hidden: true })).not.toBeInTheDocument()
          expect(notifications()).not.toHaveTextContent('created')
          expect(tokenOf(scene.mock, NEW_TOKEN)).toHaveLength(1)
          // The one way on: revoke the string-less token and create it again, with the same choices.
          disarm()
          await scene.user.click(within(alert).getByRole('button', { name: 'Delete it and create it again' }))
          await revealed(scene)
          const all = tokenOf(scene.mock, NEW_TOKEN)
          expect(all).toHaveLength(2)
          expect(all.filter((token) => token.revokedAt !== null)).toHaveLength(1)
        },
      },
    },
  }
}

const REVOKED = 'Log shipper'

function revokeToken(variant: Variant): Operation {
  const openRevoke = async (user: User) => {
    await user.click(await screen.findByRole('button', { name: `Revoke token ${REVOKED}` }))
    const dialog = await screen.findByRole('alertdialog', { name: `Revoke token “${REVOKED}”?`, hidden: true })
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${REVOKED} to confirm` }), REVOKED)
    return dialog
  }
  const confirm = ({ user, where }: Scene) => user.click(within(where()).getByRole('button', { name: 'Revoke token' }))
  return {
    name: 'revoke token',
    variant,
    method: 'DELETE',
    path: /^\/tokens\/[^/]+$/,
    bodiless: true,
    without: ['409'],
    open: async () => {
      const scene = await tokensPage(variant)
      const dialog = await openRevoke(scene.user)
      return { ...scene, where: () => dialog }
    },
    submit: confirm,
    title: 'The token was not revoked.',
    kept: ({ where }) => expect(textbox(where(), `Type ${REVOKED} to confirm`)).toHaveValue(REVOKED),
    succeeded: async ({ mock }) => {
      await waitFor(() => expect(notifications()).toHaveTextContent(`Token “${REVOKED}” revoked.`))
      expect(tokenOf(mock, REVOKED)[0]?.revokedAt).toEqual(expect.any(Number))
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The token was not revoked.',
        says: [/could not be reached/, /The console checked: the token is still there/],
      },
      '404': {
        kind: 'toast',
        says: new RegExp(`Token “${REVOKED}” was already revoked \\(perhaps in another tab\\)`),
        retry: async (scene) => {
          // The list was read again: the token is still there, active.
          const dialog = await openRevoke(scene.user)
          await confirm({ ...scene, where: () => dialog })
        },
      },
    },
  }
}

const DESCRIBED = 'Log shipper'
const NEW_DESCRIPTION = 'Vector log shipper'

function describeToken(variant: Variant): Operation {
  return {
    name: 'change token description (PATCH)',
    variant,
    method: 'PATCH',
    path: /^\/tokens\/[^/]+$/,
    open: async () => {
      const scene = await tokensPage(variant)
      await scene.user.click(screen.getByRole('button', { name: `Edit description of token ${DESCRIBED}` }))
      const dialog = await screen.findByRole('dialog', { name: `Edit description of token “${DESCRIBED}”` })
      const field = within(dialog).getByRole('textbox', { name: 'Description' })
      await scene.user.clear(field)
      await scene.user.type(field, NEW_DESCRIPTION)
      return { ...scene, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Save' })),
    title: 'The description was not changed.',
    kept: ({ where }) => expect(textbox(where(), 'Description')).toHaveValue(NEW_DESCRIPTION),
    succeeded: async ({ mock }) => {
      await waitFor(() =>
        expect(notifications()).toHaveTextContent(`Token “${DESCRIBED}” is now described as “${NEW_DESCRIPTION}”.`),
      )
      expect(await screen.findByRole('rowheader', { name: NEW_DESCRIPTION })).toBeInTheDocument()
      expect(tokenOf(mock, NEW_DESCRIPTION)).toHaveLength(1)
    },
  }
}

const EDITED = 'Grafana dashboards' // read on sensors and weather

function editPermissions(variant: Variant): Operation {
  return {
    name: 'change token permissions (PATCH, with the change shown)',
    variant,
    method: 'PATCH',
    path: /^\/tokens\/[^/]+$/,
    open: async () => {
      const scene = await tokensPage(variant)
      await scene.user.click(screen.getByRole('button', { name: `Edit permissions of token ${EDITED}` }))
      const dialog = await screen.findByRole('dialog', { name: `Edit permissions of token “${EDITED}”` })
      await scene.user.click(await within(dialog).findByRole('checkbox', { name: 'Write weather' }))
      expect(within(dialog).getByRole('region', { name: 'What saving changes' })).toHaveTextContent('Adds: Write · weather')
      return { ...scene, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Save permissions' })),
    title: 'The permissions were not changed.',
    kept: ({ where }) => {
      expect(checkbox(where(), 'Write weather')).toBeChecked()
      expect(within(where()).getByRole('region', { name: 'What saving changes', hidden: true })).toHaveTextContent(
        'Adds: Write · weather',
      )
    },
    succeeded: async ({ mock }) => {
      await waitFor(() =>
        expect(notifications()).toHaveTextContent(`Permissions of token “${EDITED}” saved. Adds: Write · weather.`),
      )
      expect(tokenOf(mock, EDITED)[0]?.permissions).toContainEqual({ action: 'write', resource: 'weather' })
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The permissions were not changed.',
        says: [/could not be reached/],
      },
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Database operations

function createDatabase(variant: Variant): Operation {
  const button = ({ where }: Scene) => within(where()).getByRole('button', { name: 'Create database' })
  return {
    name: 'create database (with limits)',
    variant,
    method: 'POST',
    path: /^\/databases$/,
    bodiless: true,
    open: async () => {
      const scene = await databasesPage(variant)
      await scene.user.click(screen.getByRole('button', { name: 'Create database' }))
      const dialog = dialogNamed('Create a database')
      await scene.user.type(textbox(dialog, 'Database name'), 'fault_db')
      await scene.user.type(textbox(dialog, 'Max tables'), '50')
      return { ...scene, where: () => dialog }
    },
    submit: async (scene) => scene.user.click(button(scene)),
    title: 'The database was not created.',
    kept: ({ where }) => {
      expect(textbox(where(), 'Database name')).toHaveValue('fault_db')
      expect(textbox(where(), 'Max tables')).toHaveValue('50')
    },
    succeeded: async ({ mock }) => {
      await waitFor(() => expect(notifications()).toHaveTextContent(/Database “fault_db2?” created\./))
      expect(await screen.findByRole('rowheader', { name: /^fault_db2?$/ })).toBeInTheDocument()
      expect([...mock.store.databases.values()].find((db) => db.name.startsWith('fault_db'))?.maxTables).toBe(50)
    },
    special: {
      '409': {
        kind: 'field',
        label: 'Database name',
        says: /A database named “fault_db” already exists\. Choose another name\./,
        retry: async (scene) => {
          await scene.user.type(textbox(scene.where(), 'Database name'), '2')
          await scene.user.click(button(scene))
        },
      },
    },
  }
}

function databaseSettings(variant: Variant, what: 'limits' | 'retention'): Operation {
  return {
    name: `change database ${what} (PATCH)`,
    variant,
    method: 'PATCH',
    path: /^\/databases\/[^/]+$/,
    bodiless: true,
    without: ['409'],
    open: async () => {
      const scene = await databasesPage(variant)
      await scene.user.click(screen.getByRole('button', { name: 'Edit limits and retention of weather' }))
      const dialog = dialogNamed('Edit limits and retention of “weather”')
      if (what === 'limits') {
        await scene.user.clear(textbox(dialog, 'Max tables'))
        await scene.user.type(textbox(dialog, 'Max tables'), '300')
      } else {
        await scene.user.click(radio(dialog, 'Infinite: keep data until it is deleted'))
      }
      return { ...scene, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Save settings' })),
    title: 'The settings were not changed.',
    kept: ({ where }) => {
      if (what === 'limits') expect(textbox(where(), 'Max tables')).toHaveValue('300')
      else expect(radio(where(), 'Infinite: keep data until it is deleted')).toBeChecked()
    },
    succeeded: async ({ mock }) => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Settings of “weather” changed.'))
      if (what === 'limits') expect(mock.store.databases.get('weather')?.maxTables).toBe(300)
      else expect(mock.store.databases.get('weather')?.retentionPeriod).toBe(0)
    },
  }
}

function deleteDatabase(variant: Variant): Operation {
  const openDelete = async (user: User) => {
    await user.click(await screen.findByRole('button', { name: 'Delete database sensors' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Delete database “sensors”?', hidden: true })
    await within(dialog).findByRole('region', { name: 'Tokens with access', hidden: true })
    await user.type(textbox(dialog, 'Type sensors to confirm'), 'sensors')
    return dialog
  }
  const confirm = ({ user, where }: Scene) => user.click(within(where()).getByRole('button', { name: 'Delete database' }))
  return {
    name: 'delete database',
    variant,
    method: 'DELETE',
    path: /^\/databases\/[^/]+$/,
    bodiless: true,
    without: ['409'],
    open: async () => {
      const scene = await databasesPage(variant)
      const dialog = await openDelete(scene.user)
      return { ...scene, where: () => dialog }
    },
    submit: confirm,
    title: 'The database was not deleted.',
    kept: ({ where }) => expect(textbox(where(), 'Type sensors to confirm')).toHaveValue('sensors'),
    succeeded: async ({ mock }) => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Database “sensors” deleted.'))
      expect(mock.store.databases.has('sensors')).toBe(false)
    },
    special: {
      '404': {
        kind: 'toast',
        says: /Database “sensors” no longer exists \(deleted elsewhere\)/,
        retry: async (scene) => {
          const dialog = await openDelete(scene.user)
          await confirm({ ...scene, where: () => dialog })
        },
      },
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The table

const OPERATIONS: Operation[] = [
  createToken('dedicated', false),
  createToken('dedicated', true),
  describeToken('dedicated'),
  editPermissions('dedicated'),
  revokeToken('dedicated'),
  createDatabase('dedicated'),
  databaseSettings('dedicated', 'limits'),
  databaseSettings('dedicated', 'retention'),
  deleteDatabase('dedicated'),
  createToken('clustered', true),
  describeToken('clustered'),
  editPermissions('clustered'),
  revokeToken('clustered'),
  createDatabase('clustered'),
  databaseSettings('clustered', 'limits'),
  databaseSettings('clustered', 'retention'),
  deleteDatabase('clustered'),
  createToken('clustered-fallback', false),
  revokeToken('clustered-fallback'),
]

// ---------------------------------------------------------------------------------------------
// Faults

const ERRORS: Record<'500' | '401' | '403' | '404' | '409', string> = {
  '500': 'store unavailable',
  '401': 'token expired',
  '403': 'permission denied',
  '404': 'not found',
  '409': 'conflicting operation',
}

/** A 2xx whose body is not what the API sends: the server did the work (the mock runs it), then the answer was mangled. */
async function malformed(op: Operation, mock: MockManagement, request: Request): Promise<Response> {
  const real = await mock.handle(request)
  if (!real.ok) return real
  if (op.bodiless) return HttpResponse.json({ unexpected: true }, { status: 200 })
  const body = (await real.json()) as Record<string, unknown>
  // A create without its `accessToken`; a PATCH without the token's permissions.
  const { accessToken: _secret, permissions: _permissions, ...rest } = body
  return HttpResponse.json(op.method === 'POST' ? { ...rest, permissions: body.permissions } : rest, { status: 200 })
}

let disarm = () => {}

function injectFault(op: Operation, fault: Fault, mock: () => MockManagement) {
  let armed = false
  const pattern = new RegExp(`^${PREFIX[op.variant]}${op.path.source.replace(/^\^/, '')}`)
  server.use(
    http.all(/.*/, async ({ request }) => {
      if (!armed || request.method !== op.method || !pattern.test(new URL(request.url).pathname)) return undefined
      switch (fault) {
        case 'network':
          return HttpResponse.error()
        case 'malformed':
          return malformed(op, mock(), request)
        default:
          return HttpResponse.json({ code: Number(fault), message: ERRORS[fault] }, { status: Number(fault) })
      }
    }),
  )
  return {
    arm: () => {
      armed = true
    },
    clear: () => {
      armed = false
    },
  }
}

function expectationFor(op: Operation, fault: Fault): Expectation {
  const special = op.special?.[fault]
  if (special) return special
  switch (fault) {
    case '401':
      return { kind: 'reconnect' }
    case '403':
      return { kind: 'alert', title: op.title, says: [/This token is not allowed to do that/, /permission denied/] }
    case '404':
      return { kind: 'alert', title: op.title, says: [/answered 404: not found/, /deleted meanwhile/] }
    case '409':
      return { kind: 'alert', title: op.title, says: [/answered 409: conflicting operation/, /check the list, then try again/] }
    case '500':
      return { kind: 'alert', title: op.title, says: [/answered 500: store unavailable/, /Retry in a moment/] }
    case 'network':
      return { kind: 'alert', title: op.title, says: [/could not be reached/] }
    case 'malformed':
      return { kind: 'success' }
  }
}

/** The "Connect again" dialog, with the management token typed again (its account and cluster kept). */
async function reconnect(user: User, mock: MockManagement) {
  const dialog = await screen.findByRole('dialog', { name: 'Connect again' })
  expect(dialog).toHaveTextContent('The server stopped accepting this console’s token')
  await user.click(await within(dialog).findByLabelText('Management token'))
  await user.paste(mock.managementToken)
  await user.click(within(dialog).getByRole('button', { name: /^Connect$/ }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument())
}

describe('every management mutation is in the matrix', () => {
  it('covers each token and database change, on Cloud Dedicated and Clustered, and the fallback path shape', () => {
    const calls = (variant: Variant) =>
      new Set(OPERATIONS.filter((op) => op.variant === variant).map((op) => `${op.method} ${op.path.source}`))
    const every = new Set([
      'POST ^\\/tokens$',
      'PATCH ^\\/tokens\\/[^/]+$',
      'DELETE ^\\/tokens\\/[^/]+$',
      'POST ^\\/databases$',
      'PATCH ^\\/databases\\/[^/]+$',
      'DELETE ^\\/databases\\/[^/]+$',
    ])
    expect(calls('dedicated')).toEqual(every)
    expect(calls('clustered')).toEqual(every)
    // The fallback changes where requests go, not what they are: a create and a revoke show it.
    expect(OPERATIONS.filter((op) => op.variant === 'clustered-fallback').map((op) => op.method)).toEqual(['POST', 'DELETE'])
  })
})

describe.each(OPERATIONS.map((op) => [`${op.variant}: ${op.name}`, op] as const))('%s', (_name, op) => {
  const faults = FAULTS.filter((fault) => !op.without?.includes(fault))
  it.each(faults.map((fault) => [fault, expectationFor(op, fault).kind, fault] as const))(
    'fails with %s (%s), then works once the fault is gone',
    (_fault, _kind, fault) => runCase(op, fault),
  )
})

async function runCase(op: Operation, fault: Fault) {
  const expected = expectationFor(op, fault)
  let mock: MockManagement | null = null
  const injected = injectFault(op, fault, () => {
    if (!mock) throw new Error('no mock yet')
    return mock
  })
  const scene = await op.open(op.variant)
  mock = scene.mock
  disarm = injected.clear
  injected.arm()
  await op.submit(scene)

  switch (expected.kind) {
    case 'own':
      await expected.run(scene)
      return
    case 'alert': {
      const alert = await within(scene.where()).findByRole('alert', { hidden: true })
      expect(alert).toHaveTextContent(expected.title)
      for (const pattern of expected.says) expect(alert).toHaveTextContent(pattern)
      // A refusal or a failure is said in place: only a 401 asks to connect again.
      expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument()
      break
    }
    case 'reconnect':
      break
    case 'field': {
      const field = textbox(scene.where(), expected.label)
      await waitFor(() => expect(field).toBeInvalid())
      expect(field).toHaveAccessibleDescription(expected.says)
      break
    }
    case 'toast':
      await waitFor(() => expect(notifications()).toHaveTextContent(expected.says))
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      break
    case 'success':
      await op.succeeded(scene)
      return
  }

  // Nothing crashed: the page is still there, and so is what the user typed.
  expect(screen.getByRole('heading', { level: 1, name: scene.heading, hidden: true })).toBeInTheDocument()
  if (expected.kind !== 'toast') op.kept(scene)

  injected.clear()
  if (expected.kind === 'reconnect') {
    await reconnect(scene.user, scene.mock)
    op.kept(scene)
    await op.submit(scene)
  } else if (expected.kind === 'field' || expected.kind === 'toast') {
    await expected.retry(scene)
  } else {
    await op.submit(scene)
  }
  await op.succeeded(scene)
}

describe('a create whose answer is lost, where descriptions need not be unique', () => {
  async function createNamed(description: string, fault: 'network' | 'malformed') {
    const op = createToken('dedicated', false)
    let mock: MockManagement | null = null
    const injected = injectFault(op, fault, () => mock as MockManagement)
    const scene = await tokensPage('dedicated')
    mock = scene.mock
    await scene.user.click(screen.getByRole('button', { name: 'Create token' }))
    await scene.user.click(within(dialogNamed('Create a token')).getByRole('button', { name: 'Next' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create a database token' })
    await scene.user.type(await within(dialog).findByRole('textbox', { name: 'Description' }), description)
    await scene.user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
    injected.arm()
    await scene.user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    return { ...scene, dialog, injected }
  }

  it('is not taken for done because a revoked token has the same description', async () => {
    const { dialog, mock } = await createNamed('Old ingest pipeline', 'network')
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not created.')
    expect(alert).toHaveTextContent('The console checked: the server has no token named “Old ingest pipeline”')
    expect(tokenOf(mock, 'Old ingest pipeline')).toHaveLength(1)
  })

  it('replaces only the new, string-less token, never an older live one of the same description', async () => {
    const { dialog, mock, user, injected } = await createNamed('Grafana dashboards', 'malformed')
    const [older] = tokenOf(mock, 'Grafana dashboards')
    const button = await within(dialog).findByRole('button', { name: 'Delete it and create it again' })
    expect(dialog).toHaveTextContent('The token “Grafana dashboards” was created, but its string never reached the console.')
    injected.clear()
    await user.click(button)
    expect(await screen.findByRole('dialog', { name: 'Token “Grafana dashboards” created' })).toBeInTheDocument()
    const all = tokenOf(mock, 'Grafana dashboards')
    expect(all).toHaveLength(3)
    // The older token, which clients use, is untouched; the string-less one is revoked.
    expect(all.find((token) => token.id === older?.id)?.revokedAt).toBeNull()
    expect(all.filter((token) => token.revokedAt !== null)).toHaveLength(1)
  })
})
