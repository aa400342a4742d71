// A row's actions: side by side in a table row, folded behind one "Actions" button per card on a phone.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { renderApp } from '../test/render-app'
import { rowOf } from '../test/rows'
import { NARROW } from './use-media-query'

function phone() {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (media: string) =>
      ({
        matches: media === NARROW,
        media,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  )
}

/** A viewport that can cross the breakpoint during a test, telling its listeners as a browser does. */
function resizableViewport() {
  let narrow = false
  const listeners = new Set<() => void>()
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (media: string) =>
      ({
        get matches() {
          return media === NARROW && narrow
        },
        media,
        addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  )
  return (next: boolean) => {
    narrow = next
    act(() => listeners.forEach((listener) => listener()))
  }
}

describe('row actions', () => {
  it('sit in the row on a desktop, with no Actions button', async () => {
    renderApp({ path: '/tokens' })
    const row = rowOf(await screen.findByRole('rowheader', { name: 'etl-pipeline' }))
    expect(within(row).getByRole('button', { name: 'Delete token etl-pipeline' })).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: /^Actions for/ })).not.toBeInTheDocument()
  })

  it('fold behind one Actions button per card on a phone, which opens them and Escape folds again', async () => {
    phone()
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    const row = rowOf(await screen.findByRole('rowheader', { name: 'etl-pipeline' }))
    const actions = within(row).getByRole('button', { name: 'Actions for token etl-pipeline' })
    expect(actions).toHaveAttribute('aria-expanded', 'false')
    expect(within(row).queryByRole('button', { name: 'Delete token etl-pipeline' })).not.toBeInTheDocument()

    await user.click(actions)
    expect(actions).toHaveAttribute('aria-expanded', 'true')
    const group = within(row).getByRole('group', { name: 'Actions for token etl-pipeline' })
    expect(within(group).getByRole('button', { name: 'Clone token etl-pipeline' })).toBeInTheDocument()

    // An action opens its dialog as on a desktop; closing it leaves the actions open.
    await user.click(within(group).getByRole('button', { name: 'Delete token etl-pipeline' }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete token “etl-pipeline”?' })
    // Escape in the dialog is the dialog's: the actions stay open behind it.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(confirm).not.toBeInTheDocument())
    expect(actions).toHaveAttribute('aria-expanded', 'true')

    within(group).getByRole('button', { name: 'Clone token etl-pipeline' }).focus()
    await user.keyboard('{Escape}')
    expect(actions).toHaveAttribute('aria-expanded', 'false')
    expect(actions).toHaveFocus()
  })

  it('fold the same way on the database cards', async () => {
    phone()
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/databases' })
    const row = rowOf(await screen.findByRole('rowheader', { name: /^weather/ }))
    await user.click(within(row).getByRole('button', { name: 'Actions for database weather' }))
    expect(within(row).getByRole('button', { name: /^Delete database weather/ })).toBeInTheDocument()
  })

  it('keep a dialog they opened open when the screen crosses the breakpoint (a phone turned sideways)', async () => {
    const setNarrow = resizableViewport()
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens' })
    const row = rowOf(await screen.findByRole('rowheader', { name: /^_admin/ }))
    await user.click(within(row).getByRole('button', { name: /^Regenerate/ }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Regenerate the operator token?' })
    setNarrow(true)
    expect(within(row).getByRole('button', { name: 'Actions for token _admin', hidden: true })).toBeInTheDocument()
    expect(dialog).toBeInTheDocument()
    setNarrow(false)
    expect(screen.getByRole('alertdialog', { name: 'Regenerate the operator token?' })).toBe(dialog)
  })
})
