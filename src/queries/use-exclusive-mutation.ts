/**
 * `useMutation` whose `mutate` ignores calls while its previous call is still running, and whose
 * per-call callbacks run even after the component that called it is gone.
 *
 * Forms guard their submit with `isPending` and a disabled button, but both come from the last
 * render, and TanStack Query tells React about a started mutation only on its next tick: the
 * second click of a double click (or a second Enter) can arrive before that render and send
 * the same create or delete twice. This guard is set synchronously, in the first call.
 *
 * TanStack Query drops the callbacks given to `mutate` once the calling component unmounts. A
 * create or delete that ends after the user left the page must still say so (its toast), so the
 * callbacks here hang on the call's promise instead; state updates of a component that is gone
 * are simply ignored by React.
 */
import { type DefaultError, useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'

export interface MutateCallbacks<TData, TError, TVariables> {
  onSuccess?: (data: TData, variables: TVariables) => void
  onError?: (error: TError, variables: TVariables) => void
  onSettled?: (data: TData | undefined, error: TError | null, variables: TVariables) => void
}

export type ExclusiveMutation<TData, TError, TVariables> = Omit<UseMutationResult<TData, TError, TVariables>, 'mutate'> & {
  mutate: (variables: TVariables, callbacks?: MutateCallbacks<TData, TError, TVariables>) => void
}

export function useExclusiveMutation<TData = unknown, TError = DefaultError, TVariables = void>(
  options: UseMutationOptions<TData, TError, TVariables>,
): ExclusiveMutation<TData, TError, TVariables> {
  const mutation = useMutation(options)
  const running = useRef(false)
  const { mutateAsync, reset: clear } = mutation

  const mutate = useCallback(
    (variables: TVariables, callbacks: MutateCallbacks<TData, TError, TVariables> = {}) => {
      if (running.current) return
      running.current = true
      mutateAsync(variables).then(
        (data) => {
          running.current = false
          callbacks.onSuccess?.(data, variables)
          callbacks.onSettled?.(data, null, variables)
        },
        (error: TError) => {
          running.current = false
          callbacks.onError?.(error, variables)
          callbacks.onSettled?.(undefined, error, variables)
        },
      )
    },
    [mutateAsync],
  )
  const reset = useCallback(() => {
    running.current = false
    clear()
  }, [clear])

  return { ...mutation, mutate, reset }
}
