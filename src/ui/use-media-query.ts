import { useCallback, useSyncExternalStore } from 'react'

/** Below this width lists are stacked cards and dialogs sheets (the CSS modules' `47.5rem`). */
export const NARROW = '(max-width: 47.5rem)'

/** Whether the media query matches now, following its changes (the system theme, the width). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}
