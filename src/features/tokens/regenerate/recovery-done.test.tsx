import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, server } from '../../../mocks/node'
import type { AppConfig } from '../../../session/app-config'
import { renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

const PROXY: AppConfig = { mode: 'proxy', product: 'influxdb3', server: 'http://influx:8181', recovery: true, demoToken: null }

/** The console's proxy at /recovery, in front of the server's recovery listener. */
function serveRecovery() {
  server.use(
    http.post('*/recovery/api/v3/configure/token/admin/regenerate', ({ request }) =>
      currentMock().handleRecovery(new Request(request.url.replace('/recovery', ''), request)),
    ),
  )
}

async function regenerateThroughRecovery() {
  serveRecovery()
  const user = userEvent.setup()
  const { store } = renderApp({ session: null, config: PROXY, path: '/connection/lost-operator-token' })
  await user.click(await screen.findByRole('button', { name: 'Regenerate through the recovery endpoint' }))
  const confirm = await screen.findByRole('alertdialog', { name: 'Regenerate the operator token?' })
  await user.type(within(confirm).getByLabelText('Type _admin to confirm'), '_admin')
  await user.click(within(confirm).getByRole('button', { name: 'Regenerate' }))
  const reveal = await screen.findByRole('dialog', { name: 'Operator token regenerated' })
  const secret = (await within(reveal).findByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })).value
  await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))
  await user.click(within(reveal).getByRole('button', { name: 'Done' }))
  return { user, store, secret }
}

describe('the lost-token page after a recovery', () => {
  it('says the operator token was replaced and how to restart the server, with copyable commands', async () => {
    const { user } = await regenerateThroughRecovery()
    expect(await screen.findByRole('heading', { name: 'Operator token replaced' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Regenerate through the recovery endpoint' })).not.toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Restart the server without --admin-token-recovery-http-bind' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy the Restart command' }))
    expect(await navigator.clipboard.readText()).toBe('influxdb3 serve …')
  })

  it('connects with the new string on request', async () => {
    const old = operatorToken()
    const { user, store, secret } = await regenerateThroughRecovery()
    await user.click(await screen.findByRole('button', { name: 'Connect with it now' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(store.get()).toMatchObject({ token: secret })
    expect(secret).not.toBe(old)
  })
})
