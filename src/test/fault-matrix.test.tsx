/**
 * The fault matrix: every server call the console makes × every way it can fail, generated from
 * the one table below so none is forgotten. Each case checks what a user would: a message that
 * says what failed and what to do, the input still there, the page still standing, and that the
 * same action works once the fault is gone.
 *
 * Faults are injected in front of the mock with an msw handler that answers only while armed
 * and only for the operation's own request; everything else reaches the mock untouched.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { createInfluxClient } from '../backends/influxdb3/client'
import { currentMock, server } from '../mocks/node'
import type { AppConfig } from '../session/app-config'
import { DEMO_CONFIG, renderApp } from './render-app'
import { operatorToken } from './seeded-mock'

// The token form loads on first use (a lazy chunk): load it once here, so the first case that
// opens it does not spend its wait on module loading on a busy machine.
beforeAll(async () => {
  await import('../features/tokens/create/token-form')
})

// A loaded 2-core machine (lazy chunks, other suites) can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

/** Timeout cases shorten the client's limit to this; the faulty answer comes far later. */
const TIMEOUT_MS = 500

type User = ReturnType<typeof userEvent.setup>
type ClientCall = keyof ReturnType<typeof createInfluxClient>

const FAULTS = ['401', '403', '404', '405', '409', '415', '422', '500', 'network', 'timeout', 'malformed', 'invalid'] as const
type Fault = (typeof FAULTS)[number]

/** Which request an operation's fault applies to. */
interface Target {
  method: string
  path: string
  /** For SQL reads: a pattern the query text must match. */
  sql?: RegExp
}

interface Scene {
  user: User
  /** Where the operation's error shows: its dialog, or the page. */
  where: () => HTMLElement
  /** The page's heading: still there means nothing crashed. */
  heading: string
  app: ReturnType<typeof renderApp>
}

/** What the user should see for one fault, and how they carry on once it is gone. */
type Expectation =
  | { kind: 'alert'; title: string | RegExp; says: RegExp[] }
  /** A 401 mid-session: the "Connect again" dialog on top of the page. */
  | { kind: 'reconnect' }
  | { kind: 'field'; says: RegExp; retry: (scene: Scene) => Promise<void> }
  | { kind: 'toast'; says: RegExp; retry: (scene: Scene) => Promise<void> }
  /** A 2xx with an unexpected JSON body where none is expected: the status is the server's word. */
  | { kind: 'success' }

/**
 * After a timeout the server may have created the thing anyway: the console looks it up and says
 * what it found (here, nothing: the fault never reached the mock).
 */
function createCheckedNotDone(what: 'token' | 'database', name: string): Expectation {
  return {
    kind: 'alert',
    title: `The ${what} was not created.`,
    says: [/did not answer within 500 ms\./, new RegExp(`The console checked: the server has no ${what} named “${name}”`)],
  }
}

/** A regeneration whose answer was lost: the new string may exist and never reach the console. */
const REGENERATE_UNKNOWN: Expectation = {
  kind: 'alert',
  title: 'The console cannot tell whether the operator token was regenerated.',
  says: [/the old string no longer works and the new one is lost/],
}
const REGENERATE_LOST: Expectation = {
  kind: 'alert',
  title: 'The server regenerated the operator token, but the new string never reached the console.',
  says: [/the old string no longer works and the new one is lost/],
}

interface OpenContext {
  config: AppConfig
  /** Turns the fault on. */
  arm: () => void
}

interface Operation {
  name: string
  /** The client methods it exercises, for the completeness check. */
  calls: ClientCall[]
  target: Target
  /** Status of the operation's success answer. */
  ok: number
  /** The success answer has no body (deletes, database changes). */
  empty?: boolean
  /** Bodies of the realistic answer for this operation, where it differs from the default. */
  bodies?: Partial<Record<'404' | '409' | '422', string>>
  /** The console's configuration; the demo unless given. */
  config?: AppConfig
  /** A read fails as the page loads; a mutation when it is submitted. */
  read: boolean
  /** A read met late, on the way: `open` arms the fault itself. */
  armsItself?: boolean
  /** The failure shows in the header rather than as an alert. */
  header?: boolean
  /** Renders and walks to the point just before the call. */
  open: (ctx: OpenContext) => Promise<Scene>
  submit?: (scene: Scene) => Promise<void>
  /** What the user sees as the operation's failure title. */
  title: string
  /** What the user typed is still there. */
  kept?: (scene: Scene) => void
  /** After the fault is gone: Retry (reads) or submit again (mutations) works. */
  retry?: (scene: Scene) => Promise<void>
  succeeded: (scene: Scene) => Promise<void>
  /** Per fault, when the operation handles it in its own way. */
  special?: Partial<Record<Fault, Expectation>>
}

// ---------------------------------------------------------------------------------------------
// Walking the console

const PROXY: AppConfig = {
  mode: 'proxy',
  product: 'influxdb3',
  server: 'http://influx.internal:8181',
  recovery: false,
  demoToken: null,
}

function start(path: string, heading: string, config: AppConfig) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path, config })
  return { user, app, heading }
}

// `hidden`: under the "Connect again" dialog the page and its dialogs are hidden from assistive technology.
const dialogNamed = (name: string | RegExp) => screen.getByRole('dialog', { name, hidden: true })
const alertDialogNamed = (name: string | RegExp) => screen.getByRole('alertdialog', { name, hidden: true })
/** A confirmation whose content loads when first opened. */
const openedAlertDialog = (name: string | RegExp) => screen.findByRole('alertdialog', { name, hidden: true })
const notifications = () => screen.getByRole('status', { name: 'Notifications' })

async function tokensPage(config: AppConfig) {
  const scene = start('/tokens', 'Tokens', config)
  await screen.findByRole('table', { name: 'Tokens', hidden: true })
  return scene
}

async function databasesPage(config: AppConfig) {
  const scene = start('/databases', 'Databases', config)
  await screen.findByRole('table', { name: 'Databases', hidden: true })
  return scene
}

async function openTokenForm(config: AppConfig, type: 'Admin token' | 'Database token', title: string, name: string) {
  const scene = await tokensPage(config)
  await scene.user.click(screen.getByRole('button', { name: 'Create token' }))
  const chooser = dialogNamed('Create a token')
  await scene.user.click(within(chooser).getByRole('radio', { name: type }))
  await scene.user.click(within(chooser).getByRole('button', { name: 'Next' }))
  const dialog = await screen.findByRole('dialog', { name: title })
  await scene.user.type(await within(dialog).findByRole('textbox', { name: 'Name' }), name)
  return { ...scene, dialog }
}

const nameField = (container: HTMLElement, label = 'Name') =>
  within(container).getByRole('textbox', { name: label, hidden: true })

// ---------------------------------------------------------------------------------------------
// Rows that differ in a few words

/** Creating a token: the admin and the resource (database) token differ only in these. */
const TOKEN_CREATES = {
  admin: {
    call: 'createAdminToken',
    path: '/api/v3/configure/token/named_admin',
    type: 'Admin token',
    form: 'Create an admin token',
    name: 'fault-admin',
    /** The permission checked in the form, if any. */
    grants: null,
  },
  resource: {
    call: 'createResourceToken',
    path: '/api/v3/enterprise/configure/token',
    type: 'Database token',
    form: 'Create a database token',
    name: 'fault-reader',
    grants: 'Read sensors',
  },
} as const

function tokenCreateOperation(kind: keyof typeof TOKEN_CREATES): Operation {
  const { call, path, type, form, name, grants } = TOKEN_CREATES[kind]
  const create = ({ user, where }: Scene) => user.click(within(where()).getByRole('button', { name: 'Create token' }))
  return {
    name: `create ${kind} token`,
    calls: [call],
    target: { method: 'POST', path },
    ok: 201,
    bodies: { '409': `token name already exists, ${name}` },
    read: false,
    open: async ({ config }) => {
      const scene = await openTokenForm(config, type, form, name)
      if (grants) await scene.user.click(await within(scene.dialog).findByRole('checkbox', { name: grants }))
      return { ...scene, where: () => scene.dialog }
    },
    submit: create,
    title: 'The token was not created.',
    kept: ({ where }) => {
      expect(nameField(where())).toHaveValue(name)
      if (grants) expect(within(where()).getByRole('checkbox', { name: grants, hidden: true })).toBeChecked()
    },
    succeeded: async () => {
      expect(await screen.findByRole('dialog', { name: new RegExp(`^Token “${name}(-2)?” created$`) })).toBeInTheDocument()
    },
    special: {
      timeout: createCheckedNotDone('token', name),
      '409': {
        kind: 'field',
        says: new RegExp(`A token named “${name}” already exists`),
        retry: async (scene) => {
          await scene.user.type(nameField(scene.where()), '-2')
          await create(scene)
        },
      },
    },
  }
}

/** Changing the retention of `sensors`: setting a period and making it infinite differ only in these. */
interface RetentionChange {
  name: string
  call: ClientCall
  /** Makes the choice in the open dialog. */
  choose: (user: User, dialog: HTMLElement) => Promise<void>
  /** The submit button, which names the new value. */
  button: string
  kept: (dialog: HTMLElement) => void
  /** The new value as the notification words it. */
  now: string
}

function retentionOperation({ name, call, choose, button, kept, now }: RetentionChange): Operation {
  return {
    name,
    calls: [call],
    target: { method: 'PUT', path: '/api/v3/configure/database' },
    ok: 200,
    empty: true,
    bodies: { '404': 'the requested resource was not found: sensors' },
    read: false,
    open: async ({ config }) => {
      const scene = await databasesPage(config)
      await scene.user.click(screen.getByRole('button', { name: 'Edit retention of sensors' }))
      const dialog = dialogNamed('Edit retention of “sensors”')
      await choose(scene.user, dialog)
      return { ...scene, where: () => dialog }
    },
    submit: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: button })),
    title: 'The retention period was not changed.',
    kept: ({ where }) => kept(where()),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent(`Retention of “sensors” is now ${now}.`))
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The table

const OPERATIONS: Operation[] = [
  {
    name: 'list tokens (token page)',
    calls: ['listTokens'],
    target: { method: 'POST', path: '/api/v3/query_sql', sql: /system\.tokens/ },
    ok: 200,
    read: true,
    open: ({ config }) => Promise.resolve({ ...start('/tokens', 'Tokens', config), where: () => document.body }),
    title: 'Could not load the tokens.',
    retry: async ({ user }) => user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' })),
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    },
  },
  {
    name: 'list databases (databases page)',
    calls: ['listDatabases'],
    target: { method: 'GET', path: '/api/v3/configure/database' },
    ok: 200,
    read: true,
    open: ({ config }) => Promise.resolve({ ...start('/databases', 'Databases', config), where: () => document.body }),
    title: 'Could not load the databases.',
    retry: async ({ user }) => user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' })),
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
    },
  },
  {
    name: 'list databases (permission grid)',
    calls: ['listDatabases'],
    target: { method: 'GET', path: '/api/v3/configure/database' },
    ok: 200,
    read: true,
    armsItself: true,
    open: async ({ config, arm }) => {
      const scene = await openTokenForm(config, 'Database token', 'Create a database token', 'grid-reader')
      await scene.user.click(await within(scene.dialog).findByRole('checkbox', { name: 'Read sensors' }))
      // The list under the grid is refreshed while the form is open (as after any database change).
      arm()
      void scene.app.queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('databases') })
      return { ...scene, where: () => scene.dialog }
    },
    title: 'Could not load the databases to choose from.',
    kept: ({ where }) => expect(nameField(where())).toHaveValue('grid-reader'),
    retry: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Retry' })),
    succeeded: async ({ where }) => {
      expect(await within(where()).findByRole('grid', { name: 'Database permissions' })).toBeInTheDocument()
      // The choice made before the failure survived it.
      expect(within(where()).getByRole('checkbox', { name: 'Read sensors' })).toBeChecked()
    },
  },
  {
    name: 'ping (header)',
    calls: ['ping'],
    target: { method: 'GET', path: '/ping' },
    ok: 200,
    read: true,
    header: true,
    open: async ({ config }) => ({ ...(await tokensPage(config)), where: () => screen.getByRole('banner') }),
    title: 'Server version unknown',
    retry: async ({ user }) => user.click(screen.getByRole('button', { name: 'Retry reading the server version' })),
    succeeded: async () => {
      expect(await screen.findByLabelText('Connected to InfluxDB 3 Enterprise 3.10.1')).toBeInTheDocument()
    },
  },
  tokenCreateOperation('admin'),
  tokenCreateOperation('resource'),
  {
    name: 'regenerate operator token',
    calls: ['regenerateOperatorToken'],
    target: { method: 'POST', path: '/api/v3/configure/token/admin/regenerate' },
    ok: 201,
    read: false,
    open: async ({ config }) => {
      const scene = await tokensPage(config)
      await scene.user.click(await screen.findByRole('button', { name: 'Regenerate operator token _admin' }))
      const dialog = await openedAlertDialog('Regenerate the operator token?')
      await scene.user.type(within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' }), '_admin')
      return { ...scene, where: () => dialog }
    },
    submit: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Regenerate' })),
    title: 'The operator token was not regenerated.',
    kept: ({ where }) => expect(nameField(where(), 'Type _admin to confirm')).toHaveValue('_admin'),
    succeeded: async () => {
      expect(await screen.findByRole('dialog', { name: 'Operator token regenerated' })).toBeInTheDocument()
    },
    special: { network: REGENERATE_UNKNOWN, timeout: REGENERATE_UNKNOWN, malformed: REGENERATE_LOST, invalid: REGENERATE_LOST },
  },
  {
    name: 'delete token',
    calls: ['deleteToken'],
    target: { method: 'DELETE', path: '/api/v3/configure/token' },
    ok: 200,
    empty: true,
    bodies: { '404': 'the requested resource was not found: ci-deploy' },
    read: false,
    open: async ({ config }) => {
      const scene = await tokensPage(config)
      await scene.user.click(screen.getByRole('button', { name: 'Delete token ci-deploy' }))
      const dialog = await openedAlertDialog('Delete token “ci-deploy”?')
      return { ...scene, where: () => dialog }
    },
    submit: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Delete token' })),
    title: 'The token was not deleted.',
    kept: ({ where }) => expect(where()).toBeInTheDocument(),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Token “ci-deploy” deleted.'))
      await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'ci-deploy' })).not.toBeInTheDocument())
    },
    special: {
      // Someone else deleted it: say so, close, and refresh the list.
      '404': {
        kind: 'toast',
        says: /Token “ci-deploy” was already deleted \(perhaps in another tab\)/,
        retry: async ({ user }) => {
          await user.click(await screen.findByRole('button', { name: 'Delete token ci-deploy' }))
          await user.click(
            within(await openedAlertDialog('Delete token “ci-deploy”?')).getByRole('button', { name: 'Delete token' }),
          )
        },
      },
    },
  },
  {
    name: 'create database',
    calls: ['createDatabase'],
    target: { method: 'POST', path: '/api/v3/configure/database' },
    ok: 200,
    empty: true,
    bodies: { '422': '{"error":"Adding a new database would exceed limit of 100 databases"}' },
    read: false,
    open: async ({ config }) => {
      const scene = await databasesPage(config)
      await scene.user.click(screen.getByRole('button', { name: 'Create database' }))
      const dialog = dialogNamed('Create a database')
      await scene.user.type(nameField(dialog, 'Database name'), 'fault_db')
      return { ...scene, where: () => dialog }
    },
    submit: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Create database' })),
    title: 'The database was not created.',
    kept: ({ where }) => expect(nameField(where(), 'Database name')).toHaveValue('fault_db'),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent(/Database “fault_db2?” created\./))
      expect(await screen.findByRole('rowheader', { name: /^fault_db2?$/ })).toBeInTheDocument()
    },
    special: {
      timeout: createCheckedNotDone('database', 'fault_db'),
      '409': {
        kind: 'field',
        says: /A database named “fault_db” already exists\. Choose another name\./,
        retry: async ({ user, where }) => {
          await user.type(nameField(where(), 'Database name'), '2')
          await user.click(within(where()).getByRole('button', { name: 'Create database' }))
        },
      },
      '422': {
        kind: 'alert',
        title: 'The server’s database limit is reached.',
        says: [/exceed limit of 100 databases/, /Delete a database you no longer need first/],
      },
    },
  },
  retentionOperation({
    name: 'set retention',
    call: 'setRetention',
    choose: async (user, dialog) => {
      const amount = within(dialog).getByRole('textbox', { name: 'Retention amount' })
      await user.clear(amount)
      await user.type(amount, '90')
    },
    button: 'Set to 90 days',
    kept: (dialog) => expect(within(dialog).getByRole('textbox', { name: 'Retention amount', hidden: true })).toHaveValue('90'),
    now: '90 days',
  }),
  retentionOperation({
    name: 'clear retention',
    call: 'clearRetention',
    choose: (user, dialog) => user.click(within(dialog).getByRole('radio', { name: 'Infinite: keep data until it is deleted' })),
    button: 'Make retention infinite',
    kept: (dialog) =>
      expect(within(dialog).getByRole('radio', { name: 'Infinite: keep data until it is deleted', hidden: true })).toBeChecked(),
    now: 'infinite',
  }),
  {
    name: 'delete database',
    calls: ['deleteDatabase'],
    target: { method: 'DELETE', path: '/api/v3/configure/database' },
    ok: 200,
    empty: true,
    bodies: { '404': 'the requested resource was not found: sensors' },
    read: false,
    open: async ({ config }) => {
      const scene = await databasesPage(config)
      await scene.user.click(screen.getByRole('button', { name: 'Delete database sensors' }))
      const dialog = alertDialogNamed('Delete database “sensors”?')
      await within(dialog).findByRole('region', { name: 'Tokens with access' })
      await scene.user.type(within(dialog).getByRole('textbox', { name: 'Type sensors to confirm' }), 'sensors')
      return { ...scene, where: () => dialog }
    },
    submit: async ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Delete database' })),
    title: 'The database was not deleted.',
    kept: ({ where }) => expect(nameField(where(), 'Type sensors to confirm')).toHaveValue('sensors'),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Database “sensors” deleted.'))
      await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument())
    },
    special: {
      '404': {
        kind: 'toast',
        says: /Database “sensors” no longer exists \(deleted elsewhere\)/,
        retry: async ({ user }) => {
          await user.click(await screen.findByRole('button', { name: 'Delete database sensors' }))
          const dialog = alertDialogNamed('Delete database “sensors”?')
          await user.type(within(dialog).getByRole('textbox', { name: 'Type sensors to confirm' }), 'sensors')
          await user.click(within(dialog).getByRole('button', { name: 'Delete database' }))
        },
      },
    },
  },
  ...(['ping', 'list tokens'] as const).map((step): Operation => ({
    name: `connect (${step})`,
    calls: step === 'ping' ? ['ping'] : ['listTokens'],
    target:
      step === 'ping' ? { method: 'GET', path: '/ping' } : { method: 'POST', path: '/api/v3/query_sql', sql: /system\.tokens/ },
    ok: 200,
    config: PROXY,
    read: false,
    open: async ({ config }) => {
      const user = userEvent.setup({ delay: null })
      const app = renderApp({ path: '/connection', session: null, config })
      await user.click(await screen.findByLabelText('Admin token'))
      await user.paste(operatorToken())
      return { user, app, heading: 'Connection', where: () => screen.getByRole('form', { name: 'Connect to InfluxDB 3' }) }
    },
    submit: async ({ user }) => user.click(screen.getByRole('button', { name: 'Connect' })),
    title: 'Could not connect.',
    kept: () => expect(screen.getByLabelText('Admin token')).toHaveValue(operatorToken()),
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    },
    special: {
      // No session yet: a rejected token is the form's own answer, not "Connect again".
      '401': { kind: 'alert', title: 'This token is not valid (or it has expired).', says: [/copied the whole apiv3_/] },
      '403': { kind: 'alert', title: /This token is not an admin token/, says: [/cannot manage tokens or databases/] },
      '405': { kind: 'alert', title: /runs without authentication/, says: [/endpoint disabled, started without auth/] },
      network: { kind: 'alert', title: 'The server could not be reached.', says: [/did not answer\. Is it still running\?/] },
      ...(step === 'ping'
        ? { '404': { kind: 'alert', title: 'No InfluxDB 3 server answers at this address.', says: [/“Not found” to \/ping/] } }
        : {}),
    },
  })),
]

// ---------------------------------------------------------------------------------------------
// Faults

const PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><form>…</form></body></html>'

function faultResponse(fault: Fault, op: Operation): Response | Promise<Response> {
  const text = (status: number, body: string | null) => new HttpResponse(body, { status })
  switch (fault) {
    case '401':
      return text(401, '{"error": "the request was not authenticated"}')
    case '403':
      return text(403, null)
    case '404':
      return text(404, op.bodies?.['404'] ?? 'Not found')
    case '405':
      return text(405, 'endpoint disabled, started without auth')
    case '409':
      return text(409, op.bodies?.['409'] ?? 'attempted to create a resource that already exists')
    case '415':
      return text(415, 'unacceptable content-type, expected: application/json')
    case '422':
      return text(422, op.bodies?.['422'] ?? '{"error":"the request exceeds a limit of this server"}')
    case '500':
      return text(500, 'internal error: catalog unavailable')
    case 'network':
      return HttpResponse.error()
    case 'timeout':
      // Long after the client gave up; never reaching the mock, so a retry starts clean.
      return delay(TIMEOUT_MS * 10).then(() => HttpResponse.error())
    case 'malformed':
      return text(op.ok, PAGE)
    case 'invalid':
      return text(op.ok, '{"unexpected":true}')
  }
}

/** Answers the operation's request with the fault while armed; lets everything else through. */
function injectFault(op: Operation, fault: Fault) {
  let armed = false
  server.use(
    http.all(/.*/, async ({ request }) => {
      if (!armed) return undefined
      const url = new URL(request.url)
      if (request.method !== op.target.method || url.pathname !== op.target.path) return undefined
      if (op.target.sql) {
        const body = (await request.clone().json()) as { q?: string }
        if (!op.target.sql.test(body.q ?? '')) return undefined
      }
      if (fault === 'invalid' && op.empty) {
        // The server did it, then answered with a body where it sends none.
        const real = await currentMock().handle(request)
        return real.ok ? new HttpResponse('{"unexpected":true}', { status: real.status }) : real
      }
      return faultResponse(fault, op)
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

// ---------------------------------------------------------------------------------------------
// What each fault should tell the user (the second sentence says what to do)

const SAYS: Record<Exclude<Fault, '401'>, RegExp[]> = {
  '403': [/not allowed to do that/, /Connect with an admin token\./],
  // An unknown route; operations on a named item get the catalog's answer (`bodies['404']`).
  '404': [/answered 404: Not found\./, /does not offer this request/],
  '405': [/The server refused: endpoint disabled, started without auth\./],
  '409': [/answered 409: /, /check the list, then try again/],
  '415': [/answered 415: unacceptable content-type/, /check the proxy’s configuration/],
  '422': [/answered 422: /, /Nothing was changed: one of the server’s limits/],
  '500': [/answered 500: internal error: catalog unavailable\./, /Retry in a moment/],
  network: [/could not be reached\./, /then retry/],
  timeout: [/did not answer within 500 ms\./, /retry in a moment/],
  malformed: [/web page, not an InfluxDB 3 answer/, /no proxy or login page answers in its place/],
  invalid: [/did not have the expected shape/, /Check that the console points at an InfluxDB 3 server/],
}

function expectationFor(op: Operation, fault: Fault): Expectation {
  const special = op.special?.[fault]
  if (special) return special
  if (fault === '401') return { kind: 'reconnect' }
  if (fault === 'invalid' && op.empty) return { kind: 'success' }
  if (fault === '404' && op.bodies?.['404']) {
    return {
      kind: 'alert',
      title: op.title,
      says: [/answered 404: the requested resource was not found/, /deleted meanwhile.*check the list/],
    }
  }
  return { kind: 'alert', title: op.title, says: SAYS[fault] }
}

/** The header shows no alert: its Retry button carries the reason. */
async function expectHeaderFailure(title: string | RegExp, says: RegExp[]) {
  const retryButton = await screen.findByRole('button', { name: 'Retry reading the server version' })
  expect(screen.getByRole('banner')).toHaveTextContent(title)
  for (const pattern of says) expect(retryButton).toHaveAccessibleDescription(pattern)
}

async function reconnect(user: User) {
  const dialog = await screen.findByRole('dialog', { name: 'Connect again' })
  await user.click(await within(dialog).findByLabelText('Admin token'))
  await user.paste(operatorToken())
  await user.click(within(dialog).getByRole('button', { name: /^Connect$/ }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument())
}

/** Every client method the UI calls has a row: none can be forgotten. */
describe('every call the console makes is in the matrix', () => {
  it('covers each client method the UI uses', () => {
    const covered = new Set(OPERATIONS.flatMap((op) => op.calls))
    // Not reached from these screens: `health` is unused, `createOperatorToken` bootstraps a
    // server from the CLI, and the recovery page has its own tests.
    const unused: ClientCall[] = ['health', 'createOperatorToken']
    const all = Object.keys(createInfluxClient()) as ClientCall[]
    expect(all.filter((call) => !covered.has(call) && !unused.includes(call))).toEqual([])
  })
})

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  it.each(FAULTS.map((fault) => [fault, expectationFor(op, fault).kind, fault] as const))(
    'fails with %s: %s, then works once the fault is gone',
    (_fault, _kind, fault) => runCase(op, fault),
  )
})

async function runCase(op: Operation, fault: Fault) {
  const expected = expectationFor(op, fault)
  const config = { ...(op.config ?? DEMO_CONFIG), ...(fault === 'timeout' ? { timeoutMs: TIMEOUT_MS } : {}) }
  const injected = injectFault(op, fault)
  if (op.read && !op.armsItself) injected.arm()
  const scene = await op.open({ config, arm: injected.arm })
  if (!op.read) {
    injected.arm()
    await op.submit?.(scene)
  }

  switch (expected.kind) {
    case 'alert':
      if (op.header) await expectHeaderFailure(expected.title, expected.says)
      else {
        const alert = await within(scene.where()).findByRole('alert', { hidden: true })
        expect(alert).toHaveTextContent(expected.title)
        for (const pattern of expected.says) expect(alert).toHaveTextContent(pattern)
      }
      break
    case 'reconnect':
      expect(await screen.findByRole('dialog', { name: 'Connect again' })).toHaveTextContent(
        'The server stopped accepting this console’s token',
      )
      break
    case 'field': {
      const field = within(scene.where()).getByRole('textbox', { name: /name/i, hidden: true })
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
      break
  }

  // Nothing crashed: the page is still there, and so is what the user typed.
  expect(screen.getByRole('heading', { level: 1, name: scene.heading, hidden: true })).toBeInTheDocument()
  if (expected.kind !== 'toast' && expected.kind !== 'success') op.kept?.(scene)
  if (expected.kind === 'success') return

  injected.clear()
  if (expected.kind === 'reconnect') {
    await reconnect(scene.user)
    if (!op.read) await op.submit?.(scene)
  } else if (expected.kind === 'field' || expected.kind === 'toast') {
    await expected.retry(scene)
  } else if (op.read) {
    await op.retry?.(scene)
  } else {
    await op.submit?.(scene)
  }
  await op.succeeded(scene)
}
