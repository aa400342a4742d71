/**
 * `useMutation` whose `mutate` ignores calls while its previous call is still running.
 *
 * Forms guard their submit with `isPending` and a disabled button, but both come from the last
 * render, and TanStack Query tells React about a started mutation only on its next tick: the
 * second click of a double click (or a second Enter) can arrive before that render and send
 * the same create or delete twice. This guard is set synchronously, in the first call.
 */
import {
  useMutation,
  type DefaultError,
  type MutateOptions,
  type UseMutateFunction,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useRef } from 'react'

export function useExclusiveMutation<TData = unknown, TError = DefaultError, TVariables = void>(
  options: UseMutationOptions<TData, TError, TVariables>,
): UseMutationResult<TData, TError, TVariables> {
  const mutation = useMutation(options)
  const running = useRef(false)
  const { mutate: start, reset: clear } = mutation

  const mutate = useCallback<UseMutateFunction<TData, TError, TVariables>>(
    (...[variables, callbacks]) => {
      if (running.current) return
      running.current = true
      const guarded: MutateOptions<TData, TError, TVariables> = {
        ...callbacks,
        onSettled: (...args) => {
          running.current = false
          callbacks?.onSettled?.(...args)
        },
      }
      start(...([variables, guarded] as Parameters<typeof start>))
    },
    [start],
  )
  // A reset detaches the running call, whose onSettled then never comes back here.
  const reset = useCallback(() => {
    running.current = false
    clear()
  }, [clear])

  return { ...mutation, mutate, reset }
}
