import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'
import { renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

async function check(text: string) {
  const user = userEvent.setup({ delay: null })
  renderApp({ path: '/leak-check' })
  const field = await screen.findByRole('textbox', { name: 'Token string' })
  expect(field).toHaveAttribute('autocomplete', 'off')
  expect(field).toHaveAttribute('spellcheck', 'false')
  await user.click(field)
  await user.paste(text)
  await user.click(screen.getByRole('button', { name: 'Check' }))
  return { user, field }
}

describe('the leak check', () => {
  it('finds the token a pasted string belongs to, offers to regenerate it, and clears the field', async () => {
    const { field } = await check(`  ${operatorToken()}\n`)
    expect(await screen.findByText('The string belongs to this token.')).toBeInTheDocument()
    const matches = screen.getByRole('list', { name: 'Matching tokens' })
    expect(within(matches).getByText('_admin')).toBeInTheDocument()
    expect(await within(matches).findByRole('button', { name: /Regenerate/ }, { timeout: 5000 })).toBeInTheDocument()
    expect(field).toHaveValue('')
  })

  it('offers Replace and Delete for a named token, and the delete is confirmed by name', async () => {
    const user = userEvent.setup({ delay: null })
    const app = renderApp({ path: '/tokens' })
    await screen.findByRole('table', { name: 'Tokens' })
    await user.click(screen.getByRole('button', { name: 'Create token' }))
    // Database tokens come first and are chosen by default: an admin token is chosen on purpose.
    await user.click(within(screen.getByRole('dialog')).getByRole('radio', { name: 'Admin token' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next' }))
    const form = await screen.findByRole('dialog', { name: 'Create an admin token' }, { timeout: 5000 })
    await user.type(await within(form).findByRole('textbox', { name: 'Name' }), 'leaky')
    await user.click(within(form).getByRole('button', { name: 'Create token' }))
    const reveal = await screen.findByRole('dialog', { name: 'Token “leaky” created' }, { timeout: 5000 })
    const secret = within(reveal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' }).value
    await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))
    await user.click(within(reveal).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    // Reachable from the navigation, on the tokens page as on every other.
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Leak check' }))
    await user.click(await screen.findByRole('textbox', { name: 'Token string' }))
    await user.paste(secret)
    await user.click(screen.getByRole('button', { name: 'Check' }))
    const matches = await screen.findByRole('list', { name: 'Matching tokens' }, { timeout: 5000 })
    expect(within(matches).getByRole('link', { name: 'Replace leaky…' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/tokens\?replace=/) as string,
    )
    await user.click(within(matches).getByRole('button', { name: 'Delete leaky…' }))
    const confirm = await screen.findByRole('alertdialog', {}, { timeout: 5000 })
    expect(confirm).toHaveTextContent('leaky')
    expect(app.router.state.location.pathname).toBe('/leak-check')
  }, 40_000)

  it('says no token matches a string the server does not know', async () => {
    await check('apiv3_not-a-real-token')
    expect(await screen.findByText('No token on this server has this string’s fingerprint.')).toBeInTheDocument()
  })

  it('says plainly that the check is not possible where the server lists no hash', async () => {
    openInfluxdb2('/leak-check')
    expect(await screen.findByText('A leak check is not possible on this server.')).toBeInTheDocument()
    expect(screen.getByText(/list no hash or fingerprint/)).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Token string' })).not.toBeInTheDocument()
  })
})
