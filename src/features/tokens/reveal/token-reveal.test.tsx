import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { renderApp } from '../../../test/render-app'

type User = ReturnType<typeof userEvent.setup>

let savedClipboard: PropertyDescriptor | undefined

beforeEach(() => {
  savedClipboard = undefined
})

afterEach(() => {
  if (savedClipboard) Object.defineProperty(navigator, 'clipboard', savedClipboard)
})

/** A plain-HTTP origin: no Clipboard API at all. Call after `userEvent.setup()`, which installs its own. */
function removeClipboardApi() {
  savedClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
}

/** Creates an admin token through the real dialog and returns its reveal step. */
async function revealNewToken(name = 'grafana-prod') {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path: '/tokens' })
  await screen.findByRole('table', { name: 'Tokens' })
  await user.click(screen.getByRole('button', { name: 'Create token' }))
  await user.click(within(screen.getByRole('dialog')).getByRole('radio', { name: 'Admin token' }))
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next' }))
  const form = await screen.findByRole('dialog', { name: 'Create an admin token' })
  await user.type(await within(form).findByRole('textbox', { name: 'Name' }), name)
  await user.click(within(form).getByRole('button', { name: 'Create token' }))

  const dialog = await screen.findByRole('dialog', { name: `Token “${name}” created` })
  const field = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })
  return { ...app, user, dialog, field, secret: field.value }
}

/** What the dialog's live regions say (the copy result is announced in one of them). */
const announced = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join('\n')

function expectSelected(field: HTMLTextAreaElement) {
  expect(field).toHaveFocus()
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
}

describe('the one-time reveal', () => {
  it('shows the new token string once, in a read-only field, and says it will not be shown again', async () => {
    const { dialog, field, secret } = await revealNewToken()

    expect(secret).toMatch(/^apiv3_[A-Za-z0-9_-]{86}$/)
    expect(field).toHaveAttribute('readonly')
    expect(dialog).toHaveAccessibleDescription('Copy the token string now. It is shown only this once.')
    expect(within(dialog).getByText('Copy this token now: you will not see it again.')).toBeInTheDocument()
  })

  it('copies the token and says so', async () => {
    const { user, dialog, secret } = await revealNewToken()
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))

    expect(announced(dialog)).toContain('Token copied to the clipboard.')
    expect(await navigator.clipboard.readText()).toBe(secret)
  })

  it('says so when the browser refuses to copy, and selects the token for Ctrl+C', async () => {
    const { user, dialog, field } = await revealNewToken()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'))

    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))

    expect(announced(dialog)).toContain('The browser refused to copy. The token is selected: press Ctrl+C to copy it.')
    expect(within(dialog).queryByText('Token copied to the clipboard.')).not.toBeInTheDocument()
    expectSelected(field)
  })

  it('still asks before closing when the copy failed', async () => {
    const { user, dialog } = await revealNewToken()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))

    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(within(dialog).getByText('Close without copying?')).toBeInTheDocument()
  })

  it('without the Clipboard API, selects the token and explains that copying needs HTTPS or localhost', async () => {
    const { user, dialog, field } = await revealNewToken()
    removeClipboardApi()

    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))

    expect(announced(dialog)).toContain(
      'This page cannot use the clipboard (it needs HTTPS or localhost). The token is selected: press Ctrl+C to copy it.',
    )
    expectSelected(field)
  })

  it('offers shell and HTTP header snippets with the token, each with its own copy button', async () => {
    const { user, dialog, secret } = await revealNewToken()

    expect(within(dialog).getByText(`export INFLUXDB3_AUTH_TOKEN=${secret}`)).toBeInTheDocument()
    expect(within(dialog).getByText(`Authorization: Bearer ${secret}`)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Copy shell snippet' }))
    expect(await navigator.clipboard.readText()).toBe(`export INFLUXDB3_AUTH_TOKEN=${secret}`)
    expect(announced(dialog)).toContain('Snippet copied to the clipboard.')

    await user.click(within(dialog).getByRole('button', { name: 'Copy http header snippet' }))
    expect(await navigator.clipboard.readText()).toBe(`Authorization: Bearer ${secret}`)
  })

  it.each([
    ['pressing Escape', (user: User) => user.keyboard('{Escape}')],
    ['the close button', (user: User, dialog: HTMLElement) => user.click(within(dialog).getByRole('button', { name: 'Close' }))],
    ['Done', (user: User, dialog: HTMLElement) => user.click(within(dialog).getByRole('button', { name: 'Done' }))],
  ])('asks "Close without copying?" on %s before anything was copied', async (_, close) => {
    const { user, dialog } = await revealNewToken()
    await close(user, dialog)

    expect(screen.getByRole('dialog')).toBe(dialog)
    expect(within(dialog).getByText('Close without copying?')).toBeInTheDocument()
    expect(within(dialog).getByText(/The token “grafana-prod” will not be shown again/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Go back to the token' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Close without copying' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('textbox', { name: 'Token string' })).not.toBeInTheDocument()
  })

  it('goes back to the same token from the question', async () => {
    const { user, dialog, secret } = await revealNewToken()
    await user.keyboard('{Escape}')
    await user.click(within(dialog).getByRole('button', { name: 'Go back to the token' }))

    expect(within(dialog).getByRole('textbox', { name: 'Token string' })).toHaveValue(secret)
  })

  it('closes without copying when the user insists', async () => {
    const { user, dialog } = await revealNewToken()
    await user.keyboard('{Escape}')
    await user.click(within(dialog).getByRole('button', { name: 'Close without copying' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('closes at once on Done after a copy', async () => {
    const { user, dialog } = await revealNewToken()
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await screen.findByRole('rowheader', { name: 'grafana-prod' })).toBeInTheDocument()
  })

  it('leaves the secret nowhere the app controls once closed: page, query and mutation caches, storage, URL', async () => {
    const { user, dialog, secret, queryClient, router } = await revealNewToken()
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await screen.findByRole('rowheader', { name: 'grafana-prod' })

    expect(document.body.innerHTML).not.toContain(secret)
    expect(document.body).not.toHaveTextContent(secret)
    const queries = queryClient.getQueryCache().getAll()
    expect(JSON.stringify(queries.map((q) => [q.queryKey, q.state]))).not.toContain(secret)
    const mutations = queryClient.getMutationCache().getAll()
    expect(mutations).toHaveLength(1) // the create: present, and without the secret
    expect(JSON.stringify(mutations.map((m) => m.state))).not.toContain(secret)
    for (const storage of [localStorage, sessionStorage]) {
      const entries = Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`)
      expect(entries.join('\n')).not.toContain(secret)
    }
    expect(JSON.stringify(router.state.location)).not.toContain(secret)
  })
})
