// Replace: a copy of the token with a new string, revealed and verified before the old one goes.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'

async function replaceRow(name: string) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path: '/tokens' })
  const row = rowOf(await screen.findByRole('rowheader', { name }))
  await user.click(within(row).getByRole('button', { name: `Replace token ${name}` }))
  const form = await screen.findByRole('dialog', { name: 'Replace a token' })
  expect(await within(form).findByRole('textbox', { name: 'Name' })).toHaveValue(`${name} (new)`)
  await user.click(within(form).getByRole('button', { name: 'Create token' }))
  const dialog = await screen.findByRole('dialog', { name: `Token “${name} (new)” created` }, { timeout: 5000 })
  const checklist = await within(dialog).findByRole('region', { name: `Replace “${name}”` })
  return { ...app, user, dialog, checklist }
}

describe('replacing a token', () => {
  it('keeps the old token until the clients are updated and the new one is verified, then deletes it when confirmed', async () => {
    const { user, dialog, checklist } = await replaceRow('etl-pipeline')
    const retire = within(checklist).getByRole('button', { name: 'Delete “etl-pipeline”…' })
    expect(retire).toHaveAttribute('aria-disabled', 'true')
    expect(retire).toHaveAccessibleDescription('First mark the clients updated.')

    await user.click(within(checklist).getByRole('button', { name: 'Mark clients updated' }))
    expect(retire).toHaveAccessibleDescription('First verify the new token: the old one stays until the new one works.')
    await user.click(retire)
    expect(within(checklist).queryByRole('button', { name: 'Delete “etl-pipeline”' })).not.toBeInTheDocument()

    expect(within(checklist).getByText(/^SELECT 1 on (weather|billing)$/)).toBeInTheDocument()
    await user.click(within(checklist).getByRole('button', { name: 'Verify the new token' }))
    expect(await within(checklist).findByText(/The token works\. 200: SELECT 1 ran on (weather|billing)\./)).toBeInTheDocument()

    await user.click(within(checklist).getByRole('button', { name: 'Delete “etl-pipeline”…' }))
    expect(within(checklist).getByText(/will lose access at once/)).toBeInTheDocument()
    await user.click(within(checklist).getByRole('button', { name: 'Delete “etl-pipeline”' }))
    expect(await within(checklist).findByText(/“etl-pipeline” deleted\. The replacement is complete\./)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByRole('rowheader', { name: 'etl-pipeline (new)' })).toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name: 'etl-pipeline' })).not.toBeInTheDocument()
  }, 45_000)

  it('leaves both tokens when closed midway, and says so', async () => {
    const { user, dialog } = await replaceRow('etl-pipeline')
    await user.click(within(dialog).getByRole('button', { name: 'Copy token' }))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(await screen.findByText('Replace not finished: both tokens still work.', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(await screen.findByRole('rowheader', { name: 'etl-pipeline (new)' })).toBeInTheDocument()
    expect(rowOf(screen.getByRole('rowheader', { name: 'etl-pipeline' }))).toBeInTheDocument()
  }, 45_000)
})

describe('testing a new token on the reveal', () => {
  it('tests a new admin token with its own string', async () => {
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    await screen.findByRole('table', { name: 'Tokens' })
    await user.click(screen.getByRole('button', { name: 'Create token' }))
    // Database tokens come first and are chosen by default: an admin token is chosen on purpose.
    await user.click(within(screen.getByRole('dialog')).getByRole('radio', { name: 'Admin token' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next' }))
    const form = await screen.findByRole('dialog', { name: 'Create an admin token' })
    await user.type(await within(form).findByRole('textbox', { name: 'Name' }), 'tested')
    await user.click(within(form).getByRole('button', { name: 'Create token' }))
    const dialog = await screen.findByRole('dialog', { name: 'Token “tested” created' })
    await user.click(await within(dialog).findByRole('button', { name: 'Test this token' }))
    expect(await within(dialog).findByText(/The token works\. 200: the token may list the databases\./)).toBeInTheDocument()
  })
})
