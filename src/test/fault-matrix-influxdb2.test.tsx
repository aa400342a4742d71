/**
 * The fault matrix of InfluxDB 2's changes (fault-matrix.test.tsx does InfluxDB 3's, and
 * fault-matrix-products.test.tsx the reads of the other products): every change the InfluxDB 2
 * screens make — create an all-access or custom authorization, deactivate and activate one,
 * change its description, delete it, create a bucket, change its retention, delete it — × the
 * ways the v2 API fails (influxdata/influxdb `kit/transport/http/api.go`: a `{code, message}` body
 * and `X-Platform-Error-Code`). Each case checks what a user would: the failure is said where the
 * action was taken, in the server's words; what was typed or chosen is still there; and once the
 * fault is gone the same action works and its success is told.
 *
 * The connect screen offers no onboarding (`POST /api/v2/setup`) for InfluxDB 2 — it points at
 * `influx setup` instead — so setup has no row here.
 *
 * Faults are injected in front of the mock, only for the row's own request and only while armed.
 * A malformed answer is realistic: the server did the change, then its answer came back garbled;
 * a login page is a proxy's answer in the server's place (the server never saw the request).
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SeededInfluxdb2 } from '../backends/influxdb2/mock/seed'
import { loadProduct } from '../backends/registry'
import { server } from '../mocks/node'
import { openInfluxdb2 } from './influxdb2'
import { untilClickable } from './pointer'

configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await Promise.all([loadProduct('influxdb2'), import('../features/tokens/create/token-form')])
})

const FAULTS = ['500', 'network', 'not-permitted', '403', '404', '422', 'malformed', 'login-page'] as const
type Fault = (typeof FAULTS)[number]

type User = ReturnType<typeof openInfluxdb2>['user']

interface Scene {
  user: User
  /** Where the action's failure shows: its dialog. */
  where: () => HTMLElement
}

/** What the user should see for one fault, and how they carry on once it is gone. */
type Expectation =
  | { kind: 'alert'; title: string | RegExp; says: RegExp[] }
  /** A server's refusal of a typed value, on its field. */
  | { kind: 'field'; label: string; says: RegExp; retry: (scene: Scene) => Promise<void> }
  /** The dialog closes and a notification says what happened (the thing was gone already). */
  | { kind: 'toast'; says: RegExp; retry: (scene: Scene) => Promise<void> }
  /** The server did it and its answer was garbled: the console finds out, and says so. */
  | { kind: 'success' }
  /** A token was made but its string was lost: the console offers to make it again. */
  | { kind: 'lost-secret' }

interface Operation {
  name: string
  method: 'POST' | 'PATCH' | 'DELETE'
  path: RegExp
  /** The status of its success answer. */
  ok: number
  /** The faults that can meet this request (404: it names something; 422: a name can be taken). */
  faults: readonly Fault[]
  /** The server's words for the faults that differ per request. */
  bodies: { '403'?: string; '404'?: string; '422'?: string }
  open: () => Promise<Scene>
  submit: (scene: Scene) => Promise<void>
  /** What the user sees as the failure's title. */
  title: string | RegExp
  /** What the user typed or chose is still there. */
  kept: (scene: Scene) => void
  succeeded: (scene: Scene) => Promise<void>
  special?: Partial<Record<Fault, Expectation>>
}

// ---------------------------------------------------------------------------------------------
// Walking the console

const notifications = () => screen.getByRole('status', { name: 'Notifications' })
/** The demo server of the case being run. */
let seeded: SeededInfluxdb2 | undefined
const ORG = () => seeded?.org?.id ?? '0000000000000001'

function open(path: string) {
  const opened = openInfluxdb2(path)
  seeded = opened.seeded
  return opened.user
}

async function tokensPage() {
  const user = open('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  return user
}

async function bucketsPage() {
  const user = open('/databases')
  await screen.findByRole('table', { name: 'Buckets' })
  return user
}

const TOKEN_TYPES = {
  'all-access': { radio: 'All access token', form: 'Create an all access token', description: 'fault all access', grants: null },
  custom: { radio: 'Custom token', form: 'Create a custom token', description: 'fault weather reader', grants: 'Read weather' },
} as const

function createTokenOperation(type: keyof typeof TOKEN_TYPES): Operation {
  const { radio, form, description, grants } = TOKEN_TYPES[type]
  const field = (where: HTMLElement) => within(where).getByRole('textbox', { name: 'Description (optional)', hidden: true })
  const create = async ({ user, where }: Scene) => user.click(within(where()).getByRole('button', { name: 'Create token' }))
  return {
    name: `create ${type} token`,
    method: 'POST',
    path: /^\/api\/v2\/authorizations$/,
    ok: 201,
    faults: ['500', 'network', 'not-permitted', '403', 'malformed', 'login-page'],
    bodies: {
      '403': `permission read:orgs/${ORG()}/buckets is not allowed: read:orgs/${ORG()}/buckets is unauthorized`,
    },
    open: async () => {
      const user = await tokensPage()
      await user.click(screen.getByRole('button', { name: 'Create token' }))
      const chooser = screen.getByRole('dialog', { name: 'Create a token' })
      await user.click(within(chooser).getByRole('radio', { name: radio }))
      await user.click(within(chooser).getByRole('button', { name: 'Next' }))
      const dialog = await screen.findByRole('dialog', { name: form })
      await user.type(await within(dialog).findByRole('textbox', { name: 'Description (optional)' }), description)
      if (grants) await user.click(await within(dialog).findByRole('checkbox', { name: grants }))
      return { user, where: () => dialog }
    },
    submit: create,
    title: 'The token was not created.',
    kept: ({ where }) => {
      expect(field(where())).toHaveValue(description)
      if (grants) expect(within(where()).getByRole('checkbox', { name: grants, hidden: true })).toBeChecked()
    },
    succeeded: async () => {
      expect(await screen.findByRole('dialog', { name: `Token “${description}” created` })).toBeInTheDocument()
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The token was not created.',
        says: [/could not be reached/, new RegExp(`The console checked: the server has no token named “${description}”`)],
      },
      malformed: { kind: 'lost-secret' },
    },
  }
}

/** Deactivating a token and activating one differ only in these. */
const STATUS_CHANGES = {
  deactivate: { token: 'Grafana dashboards', verb: 'Deactivate', done: 'deactivated' },
  activate: { token: 'Billing export (paused)', verb: 'Activate', done: 'activated' },
} as const

function statusOperation(change: keyof typeof STATUS_CHANGES): Operation {
  const { token, verb, done } = STATUS_CHANGES[change]
  return {
    name: `${change} a token`,
    method: 'PATCH',
    path: /^\/api\/v2\/authorizations\/[0-9a-f]{16}$/,
    ok: 200,
    faults: ['500', 'network', 'not-permitted', '403', '404', 'malformed', 'login-page'],
    bodies: { '404': 'authorization not found' },
    open: async () => {
      const user = await tokensPage()
      await user.click(screen.getByRole('button', { name: `${verb} token ${token}` }))
      const dialog = await screen.findByRole('alertdialog', { name: `${verb} token “${token}”?` })
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: `${verb} token` })),
    title: `The token was not ${done}.`,
    kept: ({ where }) => expect(where()).toBeInTheDocument(),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent(`Token “${token}” ${done}.`))
    },
    special: {
      network: {
        kind: 'alert',
        title: `The token was not ${done}.`,
        says: [
          /could not be reached/,
          new RegExp(
            `The console checked: the token is still ${change === 'deactivate' ? 'active' : 'inactive'}\\. Try again\\.`,
          ),
        ],
      },
    },
  }
}

const OPERATIONS: Operation[] = [
  createTokenOperation('all-access'),
  createTokenOperation('custom'),
  statusOperation('deactivate'),
  statusOperation('activate'),
  {
    name: 'change a token’s description',
    method: 'PATCH',
    path: /^\/api\/v2\/authorizations\/[0-9a-f]{16}$/,
    ok: 200,
    faults: ['500', 'network', 'not-permitted', '403', '404', 'malformed', 'login-page'],
    bodies: { '404': 'authorization not found' },
    open: async () => {
      const user = await tokensPage()
      await user.click(screen.getByRole('button', { name: 'Edit description of token Grafana dashboards' }))
      const dialog = await screen.findByRole('dialog', { name: 'Edit description of token “Grafana dashboards”' })
      const field = within(dialog).getByLabelText('Description')
      await user.clear(field)
      await user.type(field, 'Grafana (read-only)')
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Save' })),
    title: 'The description was not changed.',
    kept: ({ where }) => expect(within(where()).getByLabelText('Description')).toHaveValue('Grafana (read-only)'),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('is now described as “Grafana (read-only)”.'))
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The description was not changed.',
        says: [/could not be reached/, /The console checked: the description is as it was\. Try again\./],
      },
    },
  },
  {
    name: 'delete a token',
    method: 'DELETE',
    path: /^\/api\/v2\/authorizations\/[0-9a-f]{16}$/,
    ok: 204,
    faults: ['500', 'network', 'not-permitted', '403', '404', 'malformed', 'login-page'],
    bodies: { '404': 'authorization not found' },
    open: async () => {
      const user = await tokensPage()
      await user.click(screen.getByRole('button', { name: 'Delete token Grafana dashboards' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete token “Grafana dashboards”?' })
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Delete token' })),
    title: 'The token was not deleted.',
    kept: ({ where }) => expect(where()).toBeInTheDocument(),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Token “Grafana dashboards” deleted.'))
      await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Grafana dashboards' })).not.toBeInTheDocument())
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The token was not deleted.',
        says: [/could not be reached/, /The console checked: the token is still there\. Try again\./],
      },
      '404': {
        kind: 'toast',
        says: /Token “Grafana dashboards” was already deleted/,
        retry: async ({ user }) => {
          // The list is read again: the token is still there (the fault never reached the server).
          await user.click(await untilClickable(await screen.findByRole('button', { name: 'Delete token Grafana dashboards' })))
          const dialog = await screen.findByRole('alertdialog', { name: 'Delete token “Grafana dashboards”?' })
          await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))
        },
      },
    },
  },
  {
    name: 'create a bucket',
    method: 'POST',
    path: /^\/api\/v2\/buckets$/,
    ok: 201,
    faults: ['500', 'network', 'not-permitted', '403', '422', 'malformed', 'login-page'],
    bodies: { '422': 'bucket with name greenhouse already exists' },
    open: async () => {
      const user = await bucketsPage()
      await user.click(screen.getByRole('button', { name: 'Create bucket' }))
      const dialog = screen.getByRole('dialog', { name: 'Create a bucket' })
      await user.type(within(dialog).getByRole('textbox', { name: 'Bucket name' }), 'greenhouse')
      await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Create bucket' })),
    title: 'The bucket was not created.',
    kept: ({ where }) => {
      expect(within(where()).getByRole('textbox', { name: 'Bucket name', hidden: true })).toHaveValue('greenhouse')
      expect(within(where()).getByRole('textbox', { name: 'Retention amount', hidden: true })).toHaveValue('30')
    },
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent(/Bucket “greenhouse2?” created, keeping 30 days of data\./))
      expect(await screen.findByRole('rowheader', { name: /^greenhouse2?$/ })).toBeInTheDocument()
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The bucket was not created.',
        says: [/could not be reached/, /The console checked: the server has no bucket named “greenhouse”/],
      },
      '422': {
        kind: 'field',
        label: 'Bucket name',
        says: /A bucket named “greenhouse” already exists\. Choose another name\./,
        retry: async ({ user, where }) => {
          await user.type(within(where()).getByRole('textbox', { name: 'Bucket name' }), '2')
          await user.click(within(where()).getByRole('button', { name: 'Create bucket' }))
        },
      },
    },
  },
  {
    name: 'change a bucket’s retention',
    method: 'PATCH',
    path: /^\/api\/v2\/buckets\/[0-9a-f]{16}$/,
    ok: 200,
    faults: ['500', 'network', 'not-permitted', '403', '404', 'malformed', 'login-page'],
    bodies: { '404': 'bucket not found' },
    open: async () => {
      const user = await bucketsPage()
      await user.click(screen.getByRole('button', { name: 'Edit retention of weather' }))
      const dialog = screen.getByRole('dialog', { name: 'Edit retention of “weather”' })
      await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
      const amount = within(dialog).getByRole('textbox', { name: 'Retention amount' })
      await user.clear(amount)
      await user.type(amount, '90')
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Set to 90 days' })),
    title: 'The retention period was not changed.',
    kept: ({ where }) =>
      expect(within(where()).getByRole('textbox', { name: 'Retention amount', hidden: true })).toHaveValue('90'),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Retention of “weather” is now 90 days.'))
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The retention period was not changed.',
        says: [/could not be reached/, /The console checked: the retention period is as it was\. Try again\./],
      },
    },
  },
  {
    name: 'delete a bucket',
    method: 'DELETE',
    path: /^\/api\/v2\/buckets\/[0-9a-f]{16}$/,
    ok: 204,
    faults: ['500', 'network', 'not-permitted', '403', '404', 'malformed', 'login-page'],
    bodies: { '404': 'bucket not found' },
    open: async () => {
      const user = await bucketsPage()
      await user.click(screen.getByRole('button', { name: 'Delete bucket weather' }))
      const dialog = screen.getByRole('alertdialog', { name: 'Delete bucket “weather”?' })
      await within(dialog).findByRole('region', { name: 'Tokens with access' })
      await user.type(within(dialog).getByRole('textbox', { name: 'Type weather to confirm' }), 'weather')
      return { user, where: () => dialog }
    },
    submit: ({ user, where }) => user.click(within(where()).getByRole('button', { name: 'Delete bucket' })),
    title: 'The bucket was not deleted.',
    kept: ({ where }) =>
      expect(within(where()).getByRole('textbox', { name: 'Type weather to confirm', hidden: true })).toHaveValue('weather'),
    succeeded: async () => {
      await waitFor(() => expect(notifications()).toHaveTextContent('Bucket “weather” deleted.'))
      await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'weather' })).not.toBeInTheDocument())
    },
    special: {
      network: {
        kind: 'alert',
        title: 'The bucket was not deleted.',
        says: [/could not be reached/, /The console checked/],
      },
      '404': {
        kind: 'toast',
        says: /Bucket “weather” no longer exists \(deleted elsewhere\)/,
        retry: async ({ user }) => {
          await user.click(await untilClickable(await screen.findByRole('button', { name: 'Delete bucket weather' })))
          const dialog = screen.getByRole('alertdialog', { name: 'Delete bucket “weather”?' })
          await user.type(within(dialog).getByRole('textbox', { name: 'Type weather to confirm' }), 'weather')
          await user.click(within(dialog).getByRole('button', { name: 'Delete bucket' }))
        },
      },
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Faults, in the v2 API's own form

function v2Error(status: number, code: string, message: string): Response {
  return HttpResponse.json({ code, message }, { status, headers: { 'X-Platform-Error-Code': code } })
}

const GARBLED = '{"unexpected":true}'
/** A proxy's or a login wall's page, answered in the server's place: the server never saw the request. */
const PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><form>…</form></body></html>'

async function faultResponse(fault: Fault, op: Operation, request: Request): Promise<Response> {
  switch (fault) {
    case '500':
      return v2Error(500, 'internal error', 'store unavailable')
    case 'network':
      return HttpResponse.error()
    case 'not-permitted': {
      const type = op.path.source.includes('buckets') ? 'buckets' : 'authorizations'
      return v2Error(401, 'unauthorized', `write:orgs/${ORG()}/${type} is unauthorized`)
    }
    case '403':
      // OSS sends 403 for a create asking more than the caller holds (`authorizer/auth.go`); for
      // the rest, a refusal in front of the API (Cloud, a gateway): its words must reach the user.
      return v2Error(403, 'forbidden', op.bodies['403'] ?? `write:orgs/${ORG()} is forbidden`)
    case '404':
      return v2Error(404, 'not found', op.bodies['404'] ?? 'not found')
    case '422':
      return v2Error(422, 'conflict', op.bodies['422'] ?? 'conflict')
    case 'malformed': {
      // The server did it; the answer that came back is not what it sends.
      if (!seeded) throw new Error('no demo server')
      const real = await seeded.mock.handle(request)
      return real.ok ? new HttpResponse(GARBLED, { status: real.status, headers: { 'Content-Type': 'application/json' } }) : real
    }
    case 'login-page':
      return new HttpResponse(PAGE, { status: op.ok === 204 ? 200 : op.ok, headers: { 'Content-Type': 'text/html' } })
  }
}

function injectFault(op: Operation, fault: Fault) {
  let armed = false
  server.use(
    http.all(/.*/, async ({ request }) => {
      if (!armed || request.method !== op.method || !op.path.test(new URL(request.url).pathname)) return undefined
      return faultResponse(fault, op, request)
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
// What each fault should tell the user

const SAYS: Record<Exclude<Fault, 'malformed' | '422'>, RegExp[]> = {
  '500': [/answered 500: store unavailable\./, /Retry in a moment/],
  network: [/could not be reached/],
  'not-permitted': [
    /not allowed to do that/,
    /is unauthorized”/,
    /may (read and write authorizations|write buckets) in this org/,
  ],
  '403': [/not allowed to do that/, /is (not allowed|forbidden)/],
  '404': [/answered 404: (authorization|bucket) not found\./, /deleted meanwhile/],
  // The console looks up what happened, finds nothing changed, and says so.
  'login-page': [/web page, not an InfluxDB 2 answer/, /The console checked: .* Try again\./],
}

function expectationFor(op: Operation, fault: Fault): Expectation {
  const special = op.special?.[fault]
  if (special) return special
  if (fault === 'malformed') return { kind: 'success' }
  if (fault === '422') throw new Error(`${op.name}: a 422 needs its own expectation`)
  if (fault === 'not-permitted') {
    // The advice names what was refused: the org's tokens, or its buckets.
    const needs = op.path.source.includes('buckets') ? /may write buckets in this org/ : /may read and write authorizations/
    return { kind: 'alert', title: op.title, says: [...SAYS[fault], needs] }
  }
  return { kind: 'alert', title: op.title, says: SAYS[fault] }
}

describe('the InfluxDB 2 matrix', () => {
  it('meets every change with every fault that can reach any request, and 404 and 422 where they mean something', () => {
    const everywhere = FAULTS.filter((fault) => fault !== '404' && fault !== '422')
    for (const op of OPERATIONS) expect(op.faults).toEqual(expect.arrayContaining(everywhere))
    // Each request that names a token or a bucket can find it deleted meanwhile.
    for (const op of OPERATIONS.filter((o) => o.method !== 'POST')) expect(op.faults).toContain('404')
  })
})

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('InfluxDB 2: %s', (_name, op) => {
  it.each(op.faults.map((fault) => [fault, expectationFor(op, fault).kind, fault] as const))(
    'fails with %s: %s, then works once the fault is gone',
    (_fault, _kind, fault) => runCase(op, fault),
  )
})

async function runCase(op: Operation, fault: Fault) {
  const expected = expectationFor(op, fault)
  const injected = injectFault(op, fault)
  const scene = await op.open()
  injected.arm()
  await op.submit(scene)

  switch (expected.kind) {
    case 'alert': {
      const alert = await within(scene.where()).findByRole('alert')
      expect(alert).toHaveTextContent(expected.title)
      for (const pattern of expected.says) expect(alert).toHaveTextContent(pattern)
      break
    }
    case 'field': {
      const field = within(scene.where()).getByRole('textbox', { name: expected.label })
      await waitFor(() => expect(field).toBeInvalid())
      expect(field).toHaveAccessibleDescription(expected.says)
      break
    }
    case 'toast':
      await waitFor(() => expect(notifications()).toHaveTextContent(expected.says))
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      break
    case 'lost-secret': {
      // A warning (role status), not an error: the token exists.
      expect(await within(scene.where()).findByText(/was created, but its string never reached the console/)).toBeInTheDocument()
      break
    }
    case 'success':
      await op.succeeded(scene)
      break
  }

  // A refusal is never taken for an expired session: no "Connect again".
  expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument()
  if (expected.kind === 'success') return
  if (expected.kind !== 'toast') op.kept(scene)

  injected.clear()
  if (expected.kind === 'field' || expected.kind === 'toast') await expected.retry(scene)
  else if (expected.kind === 'lost-secret') {
    await scene.user.click(within(scene.where()).getByRole('button', { name: 'Delete it and create it again' }))
  } else await op.submit(scene)
  await op.succeeded(scene)
}

/**
 * Descriptions need not be unique: a lost answer is looked up among the tokens that did not bear
 * the description before, and "Delete it and create it again" deletes the new token, never the
 * other client's token of the same description.
 */
describe('InfluxDB 2: creating a token with a description another token has', () => {
  const op = createTokenOperation('custom')
  const SAME = 'Grafana dashboards'

  async function openWithSameDescription() {
    const scene = await op.open()
    const field = within(scene.where()).getByRole('textbox', { name: 'Description (optional)' })
    await scene.user.clear(field)
    await scene.user.type(field, SAME)
    const other = [...(seeded?.mock.store.auths.values() ?? [])].find((a) => a.description === SAME)
    if (!other) throw new Error('the demo has no token of that description')
    return { ...scene, other }
  }

  it('says it was not created when the answer was lost and nothing was made, pointing past the other token', async () => {
    const injected = injectFault(op, 'network')
    const scene = await openWithSameDescription()
    injected.arm()
    await op.submit(scene)
    const alert = await within(scene.where()).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not created.')
    expect(alert).toHaveTextContent(`The console checked: the server has no token named “${SAME}” beside those it had`)
    expect(within(scene.where()).queryByRole('button', { name: 'Delete it and create it again' })).not.toBeInTheDocument()
    injected.clear()
    await op.submit(scene)
    expect(await screen.findByRole('dialog', { name: `Token “${SAME}” created` })).toBeInTheDocument()
    expect(seeded?.mock.store.auths.has(scene.other.id)).toBe(true)
  })

  it('replaces only the token it made when that token’s string was lost', async () => {
    const injected = injectFault(op, 'malformed')
    const scene = await openWithSameDescription()
    injected.arm()
    await op.submit(scene)
    expect(await within(scene.where()).findByText(/was created, but its string never reached the console/)).toBeInTheDocument()
    injected.clear()
    await scene.user.click(within(scene.where()).getByRole('button', { name: 'Delete it and create it again' }))
    expect(await screen.findByRole('dialog', { name: `Token “${SAME}” created` })).toBeInTheDocument()
    const same = [...(seeded?.mock.store.auths.values() ?? [])].filter((a) => a.description === SAME)
    // The other client's token and the one made again: the lost one is gone.
    expect(same.map((a) => a.id)).toContain(scene.other.id)
    expect(same).toHaveLength(2)
  })
})
