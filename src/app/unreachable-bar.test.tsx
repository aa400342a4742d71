import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '../mocks/node'
import { renderApp } from '../test/render-app'

const bar = () => screen.getByRole('status', { name: 'Server status' })

/** Every call to the server fails this way from now on, until the handlers are reset. */
function serverAnswers(answer: () => Response) {
  server.use(http.all(/\/(api\/v3|ping|health)/, answer))
}

describe('the server unreachable bar', () => {
  it('shows while the server does not answer, and goes as soon as it answers again', async () => {
    serverAnswers(() => HttpResponse.error())
    const user = userEvent.setup()
    renderApp({ path: '/tokens' })
    expect(await within(bar()).findByText(/Server unreachable — retrying…/)).toBeInTheDocument()

    server.resetHandlers()
    await user.click(within(bar()).getByRole('button', { name: 'Retry now' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(bar()).toBeEmptyDOMElement()
  })

  it('shows when the console’s proxy cannot reach the server', async () => {
    serverAnswers(() => new HttpResponse('connect ECONNREFUSED 127.0.0.1:8181', { status: 502 }))
    renderApp({ path: '/tokens' })
    expect(await within(bar()).findByText(/Server unreachable/)).toBeInTheDocument()
  })

  it('stays away when the server answers, even with an error', async () => {
    serverAnswers(() => new HttpResponse('internal error: catalog unavailable', { status: 500 }))
    renderApp({ path: '/tokens' })
    expect(await screen.findByText(/catalog unavailable/)).toBeInTheDocument()
    expect(bar()).toBeEmptyDOMElement()
  })
})
