import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { ExpiryChoice } from '../../../lib/expiry'
import { ExpiryField } from './expiry-field'

/** 15 Jan 2026, 10:30:00 UTC. */
const NOW = Date.UTC(2026, 0, 15, 10, 30, 0)
const WARNING = 'This token would stay valid until someone deletes it.'

function Harness({ neverWarning }: { neverWarning?: string }) {
  const [value, setValue] = useState<ExpiryChoice>({ kind: 'preset', preset: '90d' })
  return <ExpiryField value={value} onChange={setValue} now={NOW} neverWarning={neverWarning} />
}

function renderField(neverWarning?: string) {
  const user = userEvent.setup()
  render(<Harness neverWarning={neverWarning} />)
  return { user, group: screen.getByRole('group', { name: 'Expiry' }) }
}

/** What a `datetime-local` input holds for an instant, in the browser's own time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

async function chooseCustom(user: ReturnType<typeof userEvent.setup>, at: Date) {
  await user.click(screen.getByRole('radio', { name: 'Custom date' }))
  const input = screen.getByLabelText('Expires at (your local time)')
  await user.type(input, localInput(at))
  return input
}

describe('the expiry field', () => {
  it.each([
    ['7 days', 'Expires 22 Jan 2026, 10:30:00 UTC (next week).'],
    ['30 days', 'Expires 14 Feb 2026, 10:30:00 UTC (next month).'],
    ['90 days', 'Expires 15 Apr 2026, 10:30:00 UTC (in 3 months).'],
    // The CLI's year: 365.25 days.
    ['1 year', 'Expires 15 Jan 2027, 16:30:00 UTC (next year).'],
  ])('shows the exact instant and how far off it is for the %s preset', async (preset, text) => {
    const { user, group } = renderField()
    // Start from another preset so the click is what changes the text.
    await user.click(screen.getByRole('radio', { name: preset === '7 days' ? '30 days' : '7 days' }))
    await user.click(screen.getByRole('radio', { name: preset }))

    expect(screen.getByRole('radio', { name: preset })).toBeChecked()
    expect(group).toHaveAccessibleDescription(text)
  })

  it('starts on 90 days', () => {
    const { group } = renderField()
    expect(screen.getByRole('radio', { name: '90 days' })).toBeChecked()
    expect(group).toHaveAccessibleDescription('Expires 15 Apr 2026, 10:30:00 UTC (in 3 months).')
  })

  it('says "Never expires" for Never, and gives the warning when there is one', async () => {
    const { user, group } = renderField(WARNING)
    await user.click(screen.getByRole('radio', { name: 'Never' }))

    expect(group).toHaveAccessibleDescription('Never expires.')
    expect(screen.getByText(WARNING)).toBeInTheDocument()
  })

  it('gives no warning for Never when none is asked for', async () => {
    const { user, group } = renderField()
    await user.click(screen.getByRole('radio', { name: 'Never' }))

    expect(group).toHaveAccessibleDescription('Never expires.')
    expect(screen.queryByText(/stay valid/)).not.toBeInTheDocument()
  })

  it('shows the warning only while Never is chosen', async () => {
    const { user } = renderField(WARNING)
    await user.click(screen.getByRole('radio', { name: 'Never' }))
    await user.click(screen.getByRole('radio', { name: '30 days' }))
    expect(screen.queryByText(WARNING)).not.toBeInTheDocument()
  })

  it('asks for a date when Custom date is chosen and none is entered', async () => {
    const { user, group } = renderField()
    await user.click(screen.getByRole('radio', { name: 'Custom date' }))

    expect(screen.getByLabelText('Expires at (your local time)')).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAccessibleDescription('Enter a date and time.')
  })

  it.each([
    ['in the past', new Date(NOW - 86_400_000), 'The expiry must be in the future (at least a minute from now).'],
    ['now', new Date(NOW), 'The expiry must be in the future (at least a minute from now).'],
    [
      'more than 100 years away',
      new Date(Date.UTC(2126, 6, 1, 0, 0)),
      'The expiry must be within 100 years; choose Never for a token that does not expire.',
    ],
  ])('refuses a custom date %s', async (_, at, error) => {
    const { user, group } = renderField()
    const input = await chooseCustom(user, at)

    expect(input).toHaveValue(localInput(at))
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAccessibleDescription(error)
  })

  it('shows the instant of a valid custom date, in UTC', async () => {
    const { user, group } = renderField()
    const input = await chooseCustom(user, new Date(Date.UTC(2026, 5, 1, 12, 0)))

    expect(input).not.toHaveAttribute('aria-invalid')
    expect(group).toHaveAccessibleDescription('Expires 1 Jun 2026, 12:00:00 UTC (in 5 months).')
  })
})
