import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { ThemeToggle } from './theme-toggle'

const KEY = 'influxdb3-console.theme'

function systemScheme(scheme: 'light' | 'dark') {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (media: string) =>
      ({
        matches: media === '(prefers-color-scheme: dark)' && scheme === 'dark',
        media,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  )
}

describe('ThemeToggle', () => {
  beforeEach(() => {
    localStorage.clear()
    delete document.documentElement.dataset.theme
  })

  it('follows the system by default, naming the theme the system asks for', () => {
    systemScheme('dark')
    render(<ThemeToggle />)
    const theme = screen.getByRole('combobox', { name: 'Theme' })
    expect(theme).toHaveValue('system')
    expect(screen.getByRole('option', { name: 'System (dark)' })).toBeInTheDocument()
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('names a light system theme as light', () => {
    systemScheme('light')
    render(<ThemeToggle />)
    expect(screen.getByRole('option', { name: 'System (light)' })).toBeInTheDocument()
  })

  it('applies a chosen theme at once and remembers it for the next visit', async () => {
    systemScheme('light')
    const user = userEvent.setup()
    const { unmount } = render(<ThemeToggle />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem(KEY)).toBe('dark')

    unmount()
    render(<ThemeToggle />)
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  })

  it('forgets the choice when System is chosen again', async () => {
    localStorage.setItem(KEY, 'light')
    document.documentElement.dataset.theme = 'light'
    const user = userEvent.setup()
    render(<ThemeToggle />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System (light)')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem(KEY)).toBeNull()
  })
})
