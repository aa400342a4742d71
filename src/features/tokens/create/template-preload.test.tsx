// The type chooser's templates are asked for before it opens, so they do not move its Next button after.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { renderApp } from '../../../test/render-app'

describe('the templates beside the token types', () => {
  it('are asked for as the pointer reaches “Create token”, and shown when it opens', async () => {
    const { screens } = await loadProduct('influxdb3')
    const templates = vi.spyOn(screens, 'templates')
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    const create = await screen.findByRole('button', { name: 'Create token' })
    expect(templates).not.toHaveBeenCalled()
    await user.hover(create)
    await waitFor(() => expect(templates).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await user.click(create)
    const dialog = await screen.findByRole('dialog', { name: 'Create a token' })
    expect(await within(dialog).findByRole('button', { name: 'Telegraf writer' })).toBeInTheDocument()
    // One load for the page: the open did not ask again.
    expect(templates).toHaveBeenCalledTimes(1)
  })
})
