import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { createInfluxClient } from '../../../backends/influxdb3/client'
import { currentMock } from '../../../mocks/node'
import type { SessionInput } from '../../../session/session-store'
import { clickOutside, untilClickable } from '../../../test/pointer'
import { demoSession, renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

async function openRegenerate(session?: SessionInput) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ session, path: '/tokens' })
  await screen.findByRole('table', { name: 'Tokens' })
  // Wait until the list knows which token this session uses.
  await screen.findByText('this session')
  await user.click(await screen.findByRole('button', { name: 'Regenerate operator token _admin' }))
  const dialog = await screen.findByRole('alertdialog', { name: 'Regenerate the operator token?' })
  return { ...app, user, dialog }
}

/** Types the confirmation, regenerates, copies the new string and closes; returns the new string. */
async function regenerate(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement): Promise<string> {
  await user.type(within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' }), '_admin')
  await user.click(within(dialog).getByRole('button', { name: 'Regenerate' }))
  const reveal = await screen.findByRole('dialog', { name: 'Operator token regenerated' })
  const secret = (await within(reveal).findByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })).value
  await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))
  await user.click(within(reveal).getByRole('button', { name: 'Done' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  return secret
}

/** Whether a token string still opens the server: 'ok', or the HTTP status it gets. */
async function tryToken(token: string): Promise<'ok' | number | undefined> {
  try {
    await createInfluxClient({ token }).listTokens()
    return 'ok'
  } catch (error) {
    return (error as { status?: number }).status
  }
}

describe('regenerating the operator token', () => {
  it('asks as the other destructive confirmations do: no ×, a click outside keeps it, Escape closes it', async () => {
    const { user, dialog } = await openRegenerate()
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()
    await clickOutside(user, dialog)
    expect(screen.getByRole('alertdialog', { name: 'Regenerate the operator token?' })).toBeInTheDocument()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('explains that the old string stops working, and that this console will switch by itself', async () => {
    const { dialog } = await openRegenerate()
    expect(dialog).toHaveAccessibleDescription(/The current string of _admin stops working at once/)
    expect(dialog).toHaveAccessibleDescription(/This console is connected with it and will switch to the new string by itself\./)
  })

  it('enables Regenerate only once _admin is typed exactly', async () => {
    const { user, dialog } = await openRegenerate()
    const field = within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' })
    const button = within(dialog).getByRole('button', { name: 'Regenerate' })
    expect(button).toBeDisabled()

    await user.type(field, '_Admin')
    expect(button).toBeDisabled()
    await user.clear(field)
    await user.type(field, '_admin ')
    expect(button).toBeDisabled()
    await user.type(field, '{Backspace}')
    expect(button).toBeEnabled()
  })

  it('changes nothing on Cancel', async () => {
    const { user, dialog, store } = await openRegenerate()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(store.get()?.token).toBe(operatorToken())
    expect(await tryToken(operatorToken())).toBe('ok')
  })

  it('reveals a new string once, different from the old one', async () => {
    const { user, dialog } = await openRegenerate()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' }), '_admin{Enter}')

    const reveal = await screen.findByRole('dialog', { name: 'Operator token regenerated' })
    const secret = (await within(reveal).findByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })).value
    expect(secret).toMatch(/^apiv3_[A-Za-z0-9_-]{86}$/)
    expect(secret).not.toBe(operatorToken())
    expect(reveal).toHaveAccessibleDescription('Copy the new string now. It is shown only this once.')
  })

  it('asks before closing when the new string was not copied', async () => {
    const { user, dialog } = await openRegenerate()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' }), '_admin{Enter}')
    const reveal = await screen.findByRole('dialog', { name: 'Operator token regenerated' })

    await user.click(within(reveal).getByRole('button', { name: 'Done' }))
    expect(within(reveal).getByText('Close without copying?')).toBeInTheDocument()
    await user.click(within(reveal).getByRole('button', { name: 'Close without copying' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before leaving the page while the new string is shown and not copied', async () => {
    const { user, dialog, router } = await openRegenerate()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type _admin to confirm' }), '_admin')
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate' }))
    await screen.findByRole('dialog', { name: 'Operator token regenerated' })

    void router.navigate('/databases')
    const question = await screen.findByRole('alertdialog', { name: 'Leave this page?' })
    expect(question).toHaveTextContent('The token string has not been copied.')
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Stay' })))
    expect(router.state.location.pathname).toBe('/tokens')
    expect(screen.getByRole('dialog', { name: 'Operator token regenerated' })).toBeInTheDocument()
  })

  it('switches this console to the new string, so it keeps working while the old one is dead', async () => {
    const { user, dialog, store } = await openRegenerate()
    const secret = await regenerate(user, dialog)

    expect(store.get()?.token).toBe(secret)
    expect(await tryToken(operatorToken())).toBe(401)
    expect(await tryToken(secret)).toBe('ok')
    const notifications = screen.getByRole('status', { name: 'Notifications' })
    await within(notifications).findByText('Operator token regenerated. This console now uses the new string.')
    // The list reloads with the new string, and still knows it is this session's token.
    expect(screen.getByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(within(screen.getByRole('rowheader', { name: /^_admin/ })).getByText('this session')).toBeInTheDocument()
  })

  it('keeps the session on another admin token unchanged', async () => {
    const { token: ownToken } = await currentMock().createTokenDirect({ name: 'console-admin' })
    const { user, dialog, store } = await openRegenerate(demoSession(ownToken))
    expect(dialog).not.toHaveAccessibleDescription(/This console is connected with it/)

    const secret = await regenerate(user, dialog)

    expect(store.get()?.token).toBe(ownToken)
    expect(await tryToken(operatorToken())).toBe(401)
    expect(await tryToken(secret)).toBe('ok')
    const notifications = screen.getByRole('status', { name: 'Notifications' })
    await within(notifications).findByText('Operator token regenerated. The old string no longer works.')
    expect(within(screen.getByRole('rowheader', { name: /^console-admin/ })).getByText('this session')).toBeInTheDocument()
  })
})
