import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` items to render now: `first` at once, then all of them in a transition
 * right after. A long list thus shows its first screenful without waiting for the rest, and the
 * rest follows without blocking input; every item is then in the DOM (Tab, find-in-page and
 * screen readers reach all of them). The count only grows: a list that shrinks renders whole.
 */
export function useProgressiveCount(total: number, first: number): number {
  const [count, setCount] = useState(first)
  useEffect(() => {
    if (count < total) startTransition(() => setCount(total))
  }, [count, total])
  return Math.min(count, total)
}
