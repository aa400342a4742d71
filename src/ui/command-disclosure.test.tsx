import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { CommandDisclosure } from './command-disclosure'

const lines = {
  cli: `influxdb3 delete token --token-name 'ops team'\\''s $x' --host http://127.0.0.1:8181`,
  curl: `curl -X DELETE 'http://127.0.0.1:8181/api/v3/configure/token?token_name=a' \\\n  -H "Authorization: Bearer $INFLUXDB3_AUTH_TOKEN"`,
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard')
})

describe('CommandDisclosure', () => {
  it('shows both lines exactly, quoted as given, once opened', async () => {
    const user = userEvent.setup()
    render(<CommandDisclosure lines={lines} />)
    await user.click(screen.getByText('Equivalent command'))
    expect(screen.getByText(lines.cli, { selector: 'code' })).toBeVisible()
    expect(screen.getByText(/Bearer \$INFLUXDB3_AUTH_TOKEN/, { selector: 'code' })).toBeVisible()
  })

  it('copies the CLI line and says so only when the clipboard took it', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    stubClipboard(writeText)
    render(<CommandDisclosure lines={lines} />)
    await user.click(screen.getByText('Equivalent command'))
    await user.click(screen.getByRole('button', { name: 'Copy the CLI command' }))
    expect(writeText).toHaveBeenCalledWith(lines.cli)
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible()
  })

  it('does not claim a copy the browser refused', async () => {
    const user = userEvent.setup()
    stubClipboard(() => Promise.reject(new Error('denied')))
    render(<CommandDisclosure lines={lines} />)
    await user.click(screen.getByText('Equivalent command'))
    await user.click(screen.getByRole('button', { name: 'Copy the curl command' }))
    expect(await screen.findByText(/The browser refused to copy/)).toBeVisible()
    expect(screen.queryByText('Copied to the clipboard.')).not.toBeInTheDocument()
  })

  it('shows nothing when there is no line to show', () => {
    const { container } = render(<CommandDisclosure lines={{ note: 'x' }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
