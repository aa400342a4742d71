import { describe, expect, it } from 'vitest'

import { describeError } from './describe-error'
import { ApiError, type ApiErrorKind } from './http/errors'
import { classifyByStatus } from './http/http'
import { outcomeUnknown } from './http/outcome'
import { influxdb3Words } from './influxdb3/words'

/** An error as InfluxDB 3's client makes it: classified, named, with the product's advice. */
const error = (kind: ApiErrorKind, message: string, status?: number) =>
  new ApiError({
    kind,
    message,
    status,
    method: 'GET',
    path: '/x',
    meaning: status === undefined ? null : classifyByStatus(status),
    server: 'InfluxDB 3',
    hint: status === undefined ? undefined : influxdb3Words.hint?.(status, message),
  })

/** An error from a product that gives no words of its own. */
const bare = (message: string, status: number, meaning: 'credential-invalid' | 'not-permitted' | null = null) =>
  new ApiError({ kind: 'http', message, status, method: 'GET', path: '/x', meaning })

describe('describeError without a product’s words', () => {
  it('frames the server’s answer with advice every product shares', () => {
    expect(describeError(bare('authorization not found', 404))).toBe(
      'The server answered 404: authorization not found. It may have been deleted meanwhile: check the list for what exists now.',
    )
    expect(describeError(bare('unauthorized access', 401, 'credential-invalid'))).toBe(
      'The server rejected the token: it is not valid, or it has expired. Connect again with a valid token.',
    )
    expect(describeError(bare('write:orgs/1/authorizations is unauthorized', 401, 'not-permitted'))).toBe(
      'This token is not allowed to do that. The server answered 401: write:orgs/1/authorizations is unauthorized.',
    )
    expect(describeError(bare('conflict', 422))).toBe('The server answered 422: conflict.')
  })

  it('names no product when checking the address', () => {
    const page = new ApiError({
      kind: 'invalid-response',
      message: 'It answered with a web page.',
      status: 200,
      method: 'GET',
      path: '/x',
    })
    expect(describeError(page)).toMatch(/Check that the console points at the right server/)
  })
})

describe('describeError with InfluxDB 3’s words', () => {
  it('says a 401 needs a valid admin token', () => {
    expect(describeError(error('http', 'Unauthorized', 401))).toBe(
      'The server rejected the token: it is not valid, or it has expired. Connect again with a valid admin token.',
    )
  })

  it.each([
    [403, '', /not allowed to do that.*Connect with an admin token\.$/],
    [404, 'Not found', /^The server answered 404: Not found\. This server does not offer this request/],
    [404, 'the requested resource was not found: sensors', /: sensors\. It was probably deleted meanwhile/],
    [405, 'cannot delete operator token', /^The server refused: cannot delete operator token\.$/],
    [409, 'attempted to create a resource that already exists', /exists\. Someone may have changed the same thing/],
    [415, 'unacceptable content-type, expected: application/json', /check the proxy’s configuration\.$/],
    [422, 'Adding a new database would exceed limit of 5 databases', /5 databases\. Nothing was changed/],
    [500, 'catalog on fire.', /^The server answered 500: catalog on fire\. Retry in a moment/],
    [503, 'object store unavailable', /unavailable\. Retry in a moment; if it keeps failing, check the server’s log\.$/],
  ])('says what a %i means and what to do', (status, message, expected) => {
    expect(describeError(error('http', message, status))).toMatch(expected)
  })

  it('says what to check when the answer is not InfluxDB 3’s', () => {
    expect(describeError(error('invalid-response', 'It answered with a web page, not an InfluxDB 3 answer.', 200))).toMatch(
      /web page, not an InfluxDB 3 answer\. Check that the console points at an InfluxDB 3 server/,
    )
  })
})

describe('outcomeUnknown', () => {
  it('is true when the request may have done its work: timeout, dropped connection, corrupt success, a gateway', () => {
    expect(outcomeUnknown(error('timeout', 'The server did not answer within 15 s.'))).toBe(true)
    expect(outcomeUnknown(error('network', 'Failed to fetch'))).toBe(true)
    expect(outcomeUnknown(error('invalid-response', 'Unexpected end of JSON input', 201))).toBe(true)
    expect(outcomeUnknown(error('http', 'Bad Gateway', 502))).toBe(true)
    expect(outcomeUnknown(error('http', 'Gateway Timeout', 504))).toBe(true)
  })

  it('is false when the server said it did not do it', () => {
    expect(outcomeUnknown(error('http', 'catalog on fire', 500))).toBe(false)
    expect(outcomeUnknown(error('http', 'busy', 503))).toBe(false)
    expect(outcomeUnknown(error('http', 'exists', 409))).toBe(false)
    expect(outcomeUnknown(error('invalid-response', 'not JSON', 500))).toBe(false)
    expect(outcomeUnknown(new Error('not an API error'))).toBe(false)
  })
})
