import { describe, expect, it } from 'vitest'

import { ApiError } from '../../../backends/http/errors'
import { runBulk, tally } from './bulk-runner'

const httpError = (status: number, message = 'nope') =>
  new ApiError({ kind: 'http', status, message, method: 'DELETE', path: '/api/v3/configure/token' })

describe('the bulk runner', () => {
  it('sends one request per item and reports each as done', async () => {
    const sent: number[] = []
    const results = await runBulk([1, 2, 3, 4, 5], (n) => {
      sent.push(n)
      return Promise.resolve()
    })
    expect(sent.sort()).toEqual([1, 2, 3, 4, 5])
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done', 'done'])
  })

  it('reports a 404 as already gone, and any other failure as failed with its error, in the items’ order', async () => {
    const conflict = httpError(500, 'catalog locked')
    const results = await runBulk(['a', 'b', 'c'], (id) =>
      id === 'a' ? Promise.reject(httpError(404)) : id === 'b' ? Promise.reject(conflict) : Promise.resolve(),
    )
    expect(results).toEqual([
      { item: 'a', outcome: 'gone' },
      { item: 'b', outcome: 'failed', error: conflict },
      { item: 'c', outcome: 'done' },
    ])
    expect(tally(results)).toEqual({ done: 1, gone: 1, failed: 1, 'not-sent': 0 })
  })

  it('counts progress as items settle', async () => {
    const counts: number[] = []
    await runBulk(['a', 'b', 'c'], () => Promise.resolve(), { onSettled: (_result, settled) => counts.push(settled) })
    expect(counts).toEqual([1, 2, 3])
  })

  it('never has more requests on their way than its concurrency', async () => {
    let inFlight = 0
    let most = 0
    await runBulk(
      Array.from({ length: 10 }, (_, i) => i),
      async () => {
        inFlight++
        most = Math.max(most, inFlight)
        await Promise.resolve()
        await Promise.resolve()
        inFlight--
      },
      { concurrency: 2 },
    )
    expect(most).toBe(2)
  })

  it('sends nothing more once cancelled; what was on its way finishes, the rest is not sent', async () => {
    const controller = new AbortController()
    const sent: number[] = []
    const results = await runBulk(
      [1, 2, 3, 4, 5],
      (n) => {
        sent.push(n)
        if (n === 2) controller.abort()
        return Promise.resolve()
      },
      { signal: controller.signal, concurrency: 1 },
    )
    expect(sent).toEqual([1, 2])
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'not-sent', 'not-sent', 'not-sent'])
  })

  it('sends nothing when cancelled before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    const sent: string[] = []
    const results = await runBulk(
      ['a'],
      (id) => {
        sent.push(id)
        return Promise.resolve()
      },
      { signal: controller.signal },
    )
    expect(sent).toEqual([])
    expect(results).toEqual([{ item: 'a', outcome: 'not-sent' }])
  })
})
