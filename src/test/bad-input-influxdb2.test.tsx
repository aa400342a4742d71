/**
 * The bad-input matrix for InfluxDB 2 (bad-input-matrix.test.tsx does InfluxDB 3's): every field
 * of the v2 screens where a user can type something the server would refuse says what is wrong
 * before anything is sent, and nothing is sent. Then names the server accepts but that look
 * dangerous (markup, a right-to-left override) show as inert text in the token and bucket lists.
 *
 * Not here, because the v2 screens have no such input: the org is chosen from the server's own
 * list at connect (nothing is typed), and there is no onboarding form (`POST /api/v2/setup`: the
 * connect screen points at `influx setup`). §A of the v2 API sets no length on a description;
 * the console's own limit of 200 characters applies, as to every token name.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SeededInfluxdb2 } from '../backends/influxdb2/mock/seed'
import { loadProduct } from '../backends/registry'
import { fill, MARKUP, pattern, recordRequests, RLO } from './bad-input'
import { openInfluxdb2 } from './influxdb2'
import { rowOf } from './rows'

configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await Promise.all([loadProduct('influxdb2'), import('../features/tokens/create/token-form')])
})

const { changes } = recordRequests()

type User = ReturnType<typeof openInfluxdb2>['user']

async function openCreateBucket() {
  const opened = openInfluxdb2('/databases')
  await screen.findByRole('table', { name: 'Buckets' })
  await opened.user.click(screen.getByRole('button', { name: 'Create bucket' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a bucket' })
  return { ...opened, dialog }
}

async function openTokenForm(type: 'Custom token' | 'All access token') {
  const opened = openInfluxdb2('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await opened.user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  await opened.user.click(within(dialog).getByRole('radio', { name: type }))
  await opened.user.click(within(dialog).getByRole('button', { name: 'Next' }))
  const description = await within(dialog).findByRole('textbox', { name: 'Description (optional)' })
  return { ...opened, dialog, description }
}

// ---------------------------------------------------------------------------------------------
// The table

// influxdata/influxdb `tenant/service_bucket.go` `validBucketName`, the names the org already has,
// and the console's own limits (length, invisible characters).
const BUCKET_NAMES: [string, string, string | RegExp][] = [
  ['empty', '', 'Enter a name for the bucket.'],
  ['spaces only', '   ', 'Enter a name for the bucket.'],
  ['256 characters long', 'b'.repeat(256), 'The name is 256 characters long; use at most 255.'],
  ['starting with “_” (reserved for system buckets)', '_metrics', 'Names starting with “_” are reserved'],
  ['a system bucket’s', '_monitoring', 'Names starting with “_” are reserved'],
  ['with a double quote', 'my"bucket', 'The name cannot contain “"”'],
  ['with a right-to-left override', `logs${RLO}txt.exe`, /invisible control or text-direction characters/],
  ['with a control character', 'ci\u0007logs', /invisible control or text-direction characters/],
  ['of an existing bucket', 'weather', 'A bucket named “weather” already exists. Choose another name.'],
  ['of an existing bucket, with spaces around it', '  weather ', 'A bucket named “weather” already exists.'],
]

/** Typed in the amount of "Delete data older than…", with the unit chosen. */
const RETENTIONS: [string, string, string, string | RegExp][] = [
  ['negative', '-5', 'days', 'Enter a whole number, such as 30.'],
  ['not a number', 'a month', 'days', 'Enter a whole number, such as 30.'],
  ['a fraction', '1.5', 'days', 'Enter a whole number, such as 30.'],
  ['zero', '0', 'days', 'The retention period must be at least 1.'],
  ['left empty', '', 'days', 'Enter how long to keep data.'],
  ['below the server’s one-hour minimum', '30', 'minutes', 'The server’s shortest retention period is 1 hour.'],
  ['far below it', '59', 'seconds', 'The server’s shortest retention period is 1 hour.'],
]

const DESCRIPTIONS: [string, string, string | RegExp][] = [
  ['1 000 characters long', 'd'.repeat(1000), 'Use at most 200 characters (this is 1000).'],
  ['with a right-to-left override', `invoice${RLO}fdp.exe`, /invisible control or text-direction characters/],
  ['with a tab', 'grafana\treader', /invisible control or text-direction characters/],
]

// ---------------------------------------------------------------------------------------------
// The cases

describe('a bucket name', () => {
  it.each(BUCKET_NAMES)('%s is refused before anything is sent', async (_what, value, message) => {
    const { user, dialog } = await openCreateBucket()
    const name = within(dialog).getByRole('textbox', { name: 'Bucket name' })
    await fill(user, name, value)
    await user.type(name, '{Enter}')
    expect(name).toBeInvalid()
    expect(name).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(within(dialog).getByRole('button', { name: 'Create bucket' })).toBeDisabled()
    expect(changes()).toEqual([])
  })

  it('is sent trimmed when it has spaces around it', async () => {
    const { user, dialog, seeded } = await openCreateBucket()
    await fill(user, within(dialog).getByRole('textbox', { name: 'Bucket name' }), '  greenhouse  ')
    await user.click(within(dialog).getByRole('button', { name: 'Create bucket' }))
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('Bucket “greenhouse” created.'),
    )
    expect(seeded.mock.store.bucketNamed(seeded.org?.id ?? '', 'greenhouse')).toBeDefined()
  })
})

async function chooseRetention(user: User, dialog: HTMLElement, amount: string, unit: string) {
  await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Retention unit' }), unit)
  await fill(user, within(dialog).getByRole('textbox', { name: 'Retention amount' }), amount)
}

describe('a retention period', () => {
  it.each(RETENTIONS)(
    'that is %s is refused in the create form before anything is sent',
    async (_what, amount, unit, message) => {
      const { user, dialog } = await openCreateBucket()
      await fill(user, within(dialog).getByRole('textbox', { name: 'Bucket name' }), 'greenhouse')
      await chooseRetention(user, dialog, amount, unit)
      await user.type(within(dialog).getByRole('textbox', { name: 'Bucket name' }), '{Enter}')
      expect(within(dialog).getByRole('textbox', { name: 'Retention amount' })).toBeInvalid()
      expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(
        expect.stringMatching(pattern(message)),
      )
      expect(within(dialog).getByRole('button', { name: 'Create bucket' })).toBeDisabled()
      expect(changes()).toEqual([])
    },
  )

  it.each(RETENTIONS)(
    'that is %s is refused when changing a bucket’s, before anything is sent',
    async (_what, amount, unit, message) => {
      const { user } = openInfluxdb2('/databases')
      await screen.findByRole('table', { name: 'Buckets' })
      await user.click(screen.getByRole('button', { name: 'Edit retention of weather' }))
      const dialog = screen.getByRole('dialog', { name: 'Edit retention of “weather”' })
      await chooseRetention(user, dialog, amount, unit)
      await user.type(within(dialog).getByRole('textbox', { name: 'Retention amount' }), '{Enter}')
      expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(
        expect.stringMatching(pattern(message)),
      )
      expect(changes()).toEqual([])
    },
  )

  it('of exactly an hour is taken, and sent as such', async () => {
    const { user, dialog, seeded } = await openCreateBucket()
    await fill(user, within(dialog).getByRole('textbox', { name: 'Bucket name' }), 'hourly')
    await chooseRetention(user, dialog, '60', 'minutes')
    await user.click(within(dialog).getByRole('button', { name: 'Create bucket' }))
    await waitFor(() => expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('keeping 1 hour of data'))
    expect(seeded.mock.store.bucketNamed(seeded.org?.id ?? '', 'hourly')?.retentionSeconds).toBe(3600)
  })
})

describe('a token description', () => {
  it.each(DESCRIPTIONS)('%s is refused in the create form before anything is sent', async (_what, value, message) => {
    const { user, dialog, description } = await openTokenForm('All access token')
    await fill(user, description, value)
    await user.type(description, '{Enter}')
    expect(description).toBeInvalid()
    expect(description).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
    expect(within(dialog).getByRole('button', { name: 'Create token' })).toBeDisabled()
    expect(changes()).toEqual([])
  })

  it.each([['empty', '', 'Enter a description for the token.'] as const, ...DESCRIPTIONS])(
    '%s is refused when editing one, before anything is sent',
    async (_what, value, message) => {
      const { user } = openInfluxdb2('/tokens')
      await user.click(await screen.findByRole('button', { name: 'Edit description of token Grafana dashboards' }))
      const dialog = await screen.findByRole('dialog', { name: 'Edit description of token “Grafana dashboards”' })
      const field = within(dialog).getByLabelText('Description')
      await fill(user, field, value)
      await user.click(within(dialog).getByRole('button', { name: 'Save' }))
      expect(field).toBeInvalid()
      expect(field).toHaveAccessibleDescription(expect.stringMatching(pattern(message)))
      expect(changes()).toEqual([])
    },
  )
})

describe('a custom token with no permission chosen', () => {
  it('says it could do nothing, and is not sent', async () => {
    const { user, dialog, description } = await openTokenForm('Custom token')
    await fill(user, description, 'does nothing')
    await within(dialog).findByRole('grid', { name: 'Bucket permissions' })
    expect(dialog).toHaveTextContent('will not be able to do anything yet: choose at least one permission.')
    const create = within(dialog).getByRole('button', { name: 'Create token' })
    expect(create).toBeDisabled()
    await user.type(description, '{Enter}')
    expect(changes()).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Names the server accepts but that look dangerous

/* eslint-disable testing-library/no-node-access -- these checks scan the whole DOM for injected markup and bidi isolation, below what a user's queries see */
function expectInert() {
  expect(document.querySelector('img:not([src^="/"]), script, iframe, object, embed')).toBeNull()
  expect(document.querySelector('[onerror]')).toBeNull()
}

function expectIsolated(container: HTMLElement, name: string) {
  const inBdi = [...container.querySelectorAll('bdi')].some((el) => el.textContent === name)
  expect(inBdi || (container.textContent ?? '').includes(`\u2068${name}\u2069`)).toBe(true)
}
/* eslint-enable testing-library/no-node-access */

function addToken(seeded: SeededInfluxdb2, description: string) {
  const orgID = seeded.org?.id ?? ''
  const userID = [...seeded.mock.store.users.values()][0]?.id ?? ''
  const weather = seeded.mock.store.bucketNamed(orgID, 'weather')?.id
  seeded.mock.store.addAuth({
    status: 'active',
    description,
    orgID,
    userID,
    permissions: [{ action: 'read', resource: { type: 'buckets', id: weather, orgID } }],
  })
}

describe('names created directly on the server', () => {
  it('a token described with markup shows literally in the token list', async () => {
    const opened = openInfluxdb2('/tokens')
    addToken(opened.seeded, MARKUP)
    await opened.queryClient.invalidateQueries()
    expect(await screen.findByRole('rowheader', { name: MARKUP })).toHaveTextContent(MARKUP)
    expectInert()
  })

  it('a token whose description overrides the text direction shows isolated in the list and its delete dialog', async () => {
    const spoof = `invoice${RLO}fdp.exe`
    const opened = openInfluxdb2('/tokens')
    addToken(opened.seeded, spoof)
    await opened.queryClient.invalidateQueries()
    expectIsolated(rowOf(await screen.findByRole('rowheader', { name: spoof })), spoof)
    await opened.user.click(screen.getByRole('button', { name: `Delete token ${spoof}` }))
    expectIsolated(within(await screen.findByRole('alertdialog')).getByRole('heading'), spoof)
  })

  it('buckets named with markup and with a right-to-left override show as inert, isolated text in the bucket list and the delete dialog', async () => {
    const spoof = `logs${RLO}txt.exe`
    const opened = openInfluxdb2('/databases')
    const orgID = opened.seeded.org?.id ?? ''
    opened.seeded.mock.store.addBucket(orgID, MARKUP, 0)
    opened.seeded.mock.store.addBucket(orgID, spoof, 0)
    await opened.queryClient.invalidateQueries()
    expect(await screen.findByRole('rowheader', { name: MARKUP })).toHaveTextContent(MARKUP)
    expectIsolated(rowOf(screen.getByRole('rowheader', { name: spoof })), spoof)
    expectInert()

    await opened.user.click(screen.getByRole('button', { name: `Delete bucket ${spoof}` }))
    expectIsolated(within(screen.getByRole('alertdialog')).getByRole('heading'), spoof)
    expectInert()
  })
})
