// The reveal of a new Cloud Dedicated database token: the product's own note that a new token
// takes a while to start working (InfluxData's docs for Cloud Dedicated and Clustered say so).
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { openDedicated } from '../../../test/management'

beforeAll(async () => {
  await loadProduct('cloud-dedicated')
})

const NOTE = /A new token can take a few minutes to start working/

describe('the reveal of a new database token', () => {
  it('says that the new token can take a few minutes to start working', async () => {
    const { user } = openDedicated('/tokens')
    await user.click(await screen.findByRole('button', { name: 'Create token' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next' }))
    const form = await screen.findByRole('dialog', { name: 'Create a database token' })
    await user.type(await within(form).findByRole('textbox', { name: 'Description' }), 'Grafana staging')
    await user.click(await within(form).findByRole('checkbox', { name: 'Read sensors' }))
    await user.click(within(form).getByRole('button', { name: 'Create token' }))

    const dialog = await screen.findByRole('dialog', { name: 'Token “Grafana staging” created' })
    expect(within(dialog).getByText(NOTE)).toBeInTheDocument()
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' }).value).toMatch(/^apiv1_/)
  })
})
