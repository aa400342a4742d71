import { describe, expect, it } from 'vitest'
import { describeError } from './describe-error'
import { outcomeUnknown } from './http/outcome'
import { ApiError, type ApiErrorKind } from './http/errors'

const error = (kind: ApiErrorKind, message: string, status?: number) =>
  new ApiError({ kind, message, status, method: 'GET', path: '/x' })

describe('describeError', () => {
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
