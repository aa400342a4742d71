import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { resetManagementMock } from '../../mocks/node'
import type { AppConfig } from '../../session/app-config'
import { renderApp } from '../../test/render-app'

type User = ReturnType<typeof userEvent.setup>

const DIRECT: AppConfig = { mode: 'direct', product: 'influxdb3', server: null, recovery: false, demoToken: null }
const PROXY_DEDICATED: AppConfig = {
  mode: 'proxy',
  product: 'cloud-dedicated',
  server: 'https://console.influxdata.com',
  recovery: false,
  demoToken: null,
}
const storages = () => ({ tab: sessionStorage, device: localStorage })
const FILL = 'Fill from an influxctl profile (config.toml)'
const EMBEDDED_TOKEN = 'apiv1_embedded-in-the-profile-never-to-be-used'

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

/** A Cloud Dedicated profile as influxctl's documentation writes one. */
function dedicatedProfile({ name = 'default', account = 'acc-1', cluster = 'clu-1', more = '' } = {}) {
  return `[[profile]]\n  name = "${name}"\n  product = "dedicated"\n  account_id = "${account}"\n  cluster_id = "${cluster}"\n${more}`
}
const CLUSTERED_PROFILE = `[[profile]]
  name = "default"
  product = "clustered"
  host = "cluster.internal"  # the ingress
  port = 8086
  [profile.tls]
    disable = true
`
const tomlFile = (text: string) => new File([text], 'config.toml', { type: 'application/toml' })

async function start(config: AppConfig, product?: string) {
  const user = userEvent.setup()
  const view = renderApp({ session: null, config, path: '/connection', storages: storages() })
  if (product) await user.selectOptions(await screen.findByLabelText('Product'), product)
  return { user, ...view }
}

/** Opens the profile panel; returns it. */
async function openPanel(user: User) {
  await user.click(await screen.findByRole('button', { name: FILL }))
  return screen.getByRole('group', { name: FILL })
}

async function paste(user: User, text: string) {
  const panel = await openPanel(user)
  await user.click(within(panel).getByLabelText('Or paste the file’s text'))
  await user.paste(text)
  await user.click(within(panel).getByRole('button', { name: 'Fill from the pasted text' }))
}

async function upload(user: User, text: string) {
  const panel = await openPanel(user)
  await user.upload(within(panel).getByLabelText('Choose the file'), tomlFile(text))
}

const status = () => screen.getByRole('status', { name: '' })

describe('filling the connect form from an influxctl profile', () => {
  it('fills the account and cluster from a pasted profile, says so, keeps nothing, and connects with them', async () => {
    const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
    const { user, store } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    await paste(
      user,
      dedicatedProfile({ account: mock.accountId, cluster: mock.clusterId, more: '  host = "console.influxdata.com"' }),
    )

    expect(screen.getByLabelText('Account ID')).toHaveValue(mock.accountId)
    expect(screen.getByLabelText('Cluster ID')).toHaveValue(mock.clusterId)
    expect(screen.getByLabelText('Server URL')).toHaveValue('https://console.influxdata.com')
    expect(
      await screen.findByText('Filled Server URL, Account ID and Cluster ID from the profile “default”.'),
    ).toBeInTheDocument()
    // The panel closed, and the focus went back to the control that opened it.
    expect(screen.queryByRole('group', { name: FILL })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: FILL })).toHaveFocus()
    expect(screen.getByRole('button', { name: FILL })).toHaveAttribute('aria-expanded', 'false')
    expect(within(await openPanel(user)).getByLabelText('Or paste the file’s text')).toHaveValue('')
    expect(localStorage).toHaveLength(0)
    expect(sessionStorage).toHaveLength(0)

    await user.type(screen.getByLabelText('Management token'), mock.managementToken)
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(store.get()).toMatchObject({
      product: 'cloud-dedicated',
      scope: { accountId: mock.accountId, clusterId: mock.clusterId },
    })
  })

  it('fills a Clustered server URL from a chosen file: host, port, and plain HTTP when TLS is disabled', async () => {
    const { user } = await start(DIRECT, 'InfluxDB Clustered')
    await upload(user, CLUSTERED_PROFILE)
    expect(await screen.findByText('Filled Server URL from the profile “default”.')).toBeInTheDocument()
    expect(screen.getByLabelText('Server URL')).toHaveValue('http://cluster.internal:8086')
  })

  it('reads a file dropped on the panel', async () => {
    const { user } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    const panel = await openPanel(user)
    fireEvent.drop(within(panel).getByText('or drop it here.'), { dataTransfer: { files: [tomlFile(dedicatedProfile())] } })
    expect(await screen.findByText('Filled Account ID and Cluster ID from the profile “default”.')).toBeInTheDocument()
    expect(screen.getByLabelText('Account ID')).toHaveValue('acc-1')
  })

  it('asks which profile when the file has several, default first, and fills from the one chosen', async () => {
    const { user } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    await upload(
      user,
      [dedicatedProfile({ name: 'staging', account: 'acc-s', cluster: 'clu-s' }), dedicatedProfile({ account: 'acc-d' })].join(
        '\n',
      ),
    )
    expect(await screen.findByText('This file has 2 profiles: choose the one to fill from.')).toBeInTheDocument()
    const choice = screen.getByRole('group', { name: 'Profile to fill from' })
    const radios = within(choice).getAllByRole('radio')
    expect(radios).toHaveLength(2)
    expect(radios[0]).toHaveAccessibleName('default (InfluxDB Cloud Dedicated)')
    expect(radios[1]).toHaveAccessibleName('staging (InfluxDB Cloud Dedicated)')
    expect(radios[0]).toBeChecked()
    expect(screen.getByLabelText('Account ID')).toHaveValue('')

    await user.click(within(choice).getByRole('radio', { name: 'staging (InfluxDB Cloud Dedicated)' }))
    await user.click(screen.getByRole('button', { name: 'Fill from this profile' }))
    expect(await screen.findByText('Filled Account ID and Cluster ID from the profile “staging”.')).toBeInTheDocument()
    expect(screen.getByLabelText('Account ID')).toHaveValue('acc-s')
    expect(screen.getByLabelText('Cluster ID')).toHaveValue('clu-s')
  })

  it('refuses a file that is not TOML, says on which line, and leaves every field as it was', async () => {
    const { user } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    await user.type(await screen.findByLabelText('Account ID'), 'typed-by-hand')
    await upload(user, '[[profile]]\n  name = "default"\n  account_id = 1234-abcd\n')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing was filled.')
    expect(alert).toHaveTextContent('This is not a TOML file influxctl could read. Line 3:')
    expect(screen.getByLabelText('Account ID')).toHaveValue('typed-by-hand')
    expect(screen.getByLabelText('Cluster ID')).toHaveValue('')
    expect(status()).toHaveTextContent('')
  })

  it('never puts the profile’s token in a field, says to paste it, and the remember flow keeps only the token typed', async () => {
    const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
    const { user } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    await paste(
      user,
      dedicatedProfile({ account: mock.accountId, cluster: mock.clusterId, more: `  mgmt_token = "${EMBEDDED_TOKEN}"\n` }),
    )
    expect(
      await screen.findByText(/It holds a management token \(mgmt_token\)\. .* paste the management token/),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Management token')).toHaveValue('')
    expect(document.body.innerHTML).not.toContain(EMBEDDED_TOKEN)
    expect(localStorage).toHaveLength(0)
    expect(sessionStorage).toHaveLength(0)

    await user.type(screen.getByLabelText('Server URL'), 'https://console.influxdata.com')
    await user.type(screen.getByLabelText('Management token'), mock.managementToken)
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    await screen.findByRole('table', { name: 'Tokens' })
    const kept = JSON.stringify({ ...localStorage, ...sessionStorage })
    expect(kept).toContain(mock.managementToken)
    expect(kept).not.toContain(EMBEDDED_TOKEN)
  })

  it('says a Clustered profile is not for Cloud Dedicated, fills nothing, and switches product on request', async () => {
    const { user } = await start(DIRECT, 'InfluxDB Cloud Dedicated')
    await paste(user, CLUSTERED_PROFILE)
    expect(
      await screen.findByText(
        'The profile “default” is for InfluxDB Clustered, not InfluxDB Cloud Dedicated: nothing was filled.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Server URL')).toHaveValue('')
    expect(screen.getByLabelText('Account ID')).toHaveValue('')
    // The panel stays open for another try; the pasted text is gone.
    expect(within(screen.getByRole('group', { name: FILL })).getByLabelText('Or paste the file’s text')).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Switch to InfluxDB Clustered and fill' }))
    expect(await screen.findByText('Filled Server URL from the profile “default”.')).toBeInTheDocument()
    expect(screen.getByLabelText('Product')).toHaveDisplayValue('InfluxDB Clustered')
    expect(screen.getByLabelText('Server URL')).toHaveValue('http://cluster.internal:8086')
    expect(screen.queryByLabelText('Account ID')).not.toBeInTheDocument()
  })

  it('where the server and product are fixed, fills the scope only and says what it left', async () => {
    const { user } = await start(PROXY_DEDICATED)
    await paste(
      user,
      `${dedicatedProfile({ more: '  host = "console.influxdata.com"' })}\n${CLUSTERED_PROFILE.replace('default', 'lab')}`,
    )
    await user.click(await screen.findByRole('radio', { name: 'lab (InfluxDB Clustered)' }))
    await user.click(screen.getByRole('button', { name: 'Fill from this profile' }))
    expect(await screen.findByText(/^The profile “lab” is for InfluxDB Clustered/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Switch to/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'default (InfluxDB Cloud Dedicated)' }))
    await user.click(screen.getByRole('button', { name: 'Fill from this profile' }))
    expect(await screen.findByText('Filled Account ID and Cluster ID from the profile “default”.')).toBeInTheDocument()
    expect(status()).toHaveTextContent(
      'This console’s server is fixed, so the profile’s address (https://console.influxdata.com) was not used.',
    )
  })

  it('is offered only for a product that has a profile file', async () => {
    const { user } = await start(DIRECT)
    await screen.findByLabelText('Server URL')
    expect(screen.queryByRole('button', { name: FILL })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Product'), 'InfluxDB Clustered')
    expect(await screen.findByRole('button', { name: FILL })).toBeInTheDocument()
  })
})
