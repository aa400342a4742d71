import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

describe('the delete dialog’s equivalent command (InfluxDB 3)', () => {
  it('shows the influxdb3 and curl lines for the token, with the credential as a variable and never the session token', async () => {
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    await screen.findByRole('table', { name: 'Tokens' })
    await user.click(screen.getByRole('button', { name: 'Delete token ci-deploy' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete token “ci-deploy”?' })
    await user.click(await within(dialog).findByText('Equivalent command'))
    // A <details> is a group.
    const text = within(dialog).getByRole('group').textContent
    expect(text).toContain('influxdb3 delete token --token-name ci-deploy --host')
    expect(text).toContain('-H "Authorization: Bearer $INFLUXDB3_AUTH_TOKEN"')
    expect(operatorToken().length).toBeGreaterThan(10)
    expect(text).not.toContain(operatorToken())
  })
})
