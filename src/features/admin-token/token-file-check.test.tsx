import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { renderApp } from '../../test/render-app'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`

/** 2001-09-09 and 2096-10-02: long past and far ahead, whatever day the test runs. */
const PAST = 1_000_000_000
const FUTURE = 4_000_000_000

async function openChecker() {
  const user = userEvent.setup({ delay: null })
  renderApp({ session: null, path: '/clustered/admin-token' })
  const input = await screen.findByLabelText<HTMLInputElement>('Choose a token.json', { selector: 'input' })
  return { user, input }
}

/** Chooses a file with this content (on the page already open, if given); returns the result region once it shows. */
async function check(content: string, name = 'token.json', open?: Awaited<ReturnType<typeof openChecker>>) {
  const { user, input } = open ?? (await openChecker())
  await user.upload(input, new File([content], name, { type: 'application/json' }))
  const result = await screen.findByRole('region', { name: `Checked: ${name}` })
  return { user, input, result }
}

const lines = (result: HTMLElement) =>
  within(result)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim())

describe('checking a token.json in the browser', () => {
  it('says where a file stops being JSON, by line and column', async () => {
    const { result } = await check('{\n  "access_token": "abc",\n}')
    expect(lines(result)).toEqual(['Not valid JSON: at line 3, column 1, expected a property name in double quotes.'])
  })

  it('says a bare JWT is not JSON, without showing it', async () => {
    const token = jwt({ exp: FUTURE })
    const { result } = await check(token)
    expect(lines(result)).toEqual([
      'Not valid JSON: at line 1, column 1, expected a value.',
      'It looks like a bare JWT rather than a JSON document.',
    ])
    expect(document.body.innerHTML).not.toContain(token)
  })

  it('says when valid JSON has no token field, and which keys it has', async () => {
    const { result } = await check(JSON.stringify({ refresh_token: 'r', token_type: 'Bearer' }))
    expect(lines(result)).toEqual([
      'Valid JSON.',
      'No token field: it has no “access_token” or “token”. It has “refresh_token”, “token_type”.',
    ])
  })

  it('says when the token is not a JWT, so nothing more can be read from it', async () => {
    const { result } = await check(JSON.stringify({ token: 'apiv3_notajwt' }))
    expect(lines(result)).toEqual([
      'Valid JSON.',
      'The token is in its “token” field.',
      'The token is not a JWT, so the console cannot read its expiry or issuer.',
    ])
  })

  it('reads an expired JWT: its algorithm, when it expired, and its issuer', async () => {
    const { result } = await check(JSON.stringify({ access_token: jwt({ exp: PAST, iss: 'https://idp.example.com' }) }))
    expect(lines(result)).toEqual([
      'Valid JSON.',
      'The token is in its “access_token” field.',
      'It is a JWT, signed with RS256.',
      expect.stringMatching(/^It expired on 9 Sept? 2001, 01:46:40 UTC \(\d+ years ago\)\.$/),
      'Issuer (iss): https://idp.example.com',
    ])
  })

  it('reads a JWT that is still valid, and one without expiry or issuer', async () => {
    const page = await check(JSON.stringify({ access_token: jwt({ exp: FUTURE, iss: 'influxdata' }) }))
    expect(lines(page.result)).toContainEqual(
      expect.stringMatching(/^It expires on 2 Oct 2096, 07:06:40 UTC \(in \d+ years\)\.$/),
    )
    expect(lines(page.result)).toContain('Issuer (iss): influxdata')

    // The same input checks the next file; its answer replaces the first.
    const { result: bare } = await check(JSON.stringify({ access_token: jwt({ sub: 'admin' }) }), 'other.json', page)
    expect(screen.queryByRole('region', { name: 'Checked: token.json' })).not.toBeInTheDocument()
    expect(lines(bare)).toEqual(
      expect.arrayContaining(['It has no expiry (no exp claim).', 'It names no issuer (no iss claim).']),
    )
  })

  it('keeps nothing of the file: the input forgets it, and neither the token nor the text is on the page', async () => {
    const token = jwt({ exp: FUTURE, iss: 'influxdata' })
    const { input, result } = await check(JSON.stringify({ access_token: token, refresh_token: 'refresh-secret' }))
    expect(within(result).getByRole('heading', { name: 'Checked: token.json' })).toHaveFocus()
    expect(input.files).toHaveLength(0)
    expect(input).toHaveValue('')
    expect(document.body.innerHTML).not.toContain(token)
    expect(document.body.innerHTML).not.toContain(token.split('.')[1])
    expect(document.body.innerHTML).not.toContain('refresh-secret')
  })

  it('checks a file dropped on its zone the same way', async () => {
    await openChecker()
    const zone = screen.getByRole('group', { name: 'Choose a token.json' })
    const file = new File([JSON.stringify({ token: jwt({ exp: PAST }) })], 'dropped.json')
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } })
    expect(within(zone).getByText('Drop it to check it.')).toBeInTheDocument()
    fireEvent.drop(zone, { dataTransfer: { files: [file] } })

    const result = await screen.findByRole('region', { name: 'Checked: dropped.json' })
    expect(lines(result)).toContainEqual(expect.stringMatching(/^It expired on /))
    expect(within(zone).getByText('Or drop the file here.')).toBeInTheDocument()
  })

  it('checks pasted text the same way, and empties the field', async () => {
    const { user } = await openChecker()
    const field = screen.getByRole('textbox', { name: 'Or paste its content' })
    await user.click(field)
    await user.paste(JSON.stringify({ access_token: 'pasted-secret-value' }))
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }))

    const result = await screen.findByRole('region', { name: 'Checked: the pasted text' })
    expect(lines(result)).toContain('The token is in its “access_token” field.')
    expect(field).toHaveValue('')
    expect(document.body.innerHTML).not.toContain('pasted-secret-value')
  })

  it('refuses a file too large to be a token file without reading it', async () => {
    const { result } = await check(' '.repeat(200 * 1024), 'big.json')
    expect(lines(result)).toEqual(['Not read: 200 KB is far more than a token file holds.'])
  })
})
