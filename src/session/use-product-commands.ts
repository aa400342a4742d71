import { useEffect, useMemo, useState } from 'react'

import type { CommandContext, EquivalentCommand, ProductCommands } from '../backends/product-commands'
import type { ProductScreens } from '../backends/product-screens'
import { useAppConfig, useProductScreens, useSession } from './session-context'

/** One load per product's slot: every dialog after the first has the builders at once. */
const loaded = new WeakMap<ProductScreens, ProductCommands>()

/**
 * The connected product's command builders, loaded on first use, and what they need: the
 * server's address (the proxied server's, or the product's example address when the console
 * talks to its own origin) and the session's scope. Null while loading or for a product with none.
 */
export function useProductCommands(): { commands: ProductCommands; context: CommandContext } | null {
  const screens = useProductScreens()
  const session = useSession()
  const config = useAppConfig()
  const [commands, setCommands] = useState<ProductCommands | undefined>(() => loaded.get(screens))

  useEffect(() => {
    if (loaded.has(screens) || !screens.commands) return
    let live = true
    void screens.commands().then((value) => {
      loaded.set(screens, value)
      if (live) setCommands(value)
    })
    return () => {
      live = false
    }
  }, [screens])

  const baseUrl = session?.baseUrl || (config.mode === 'proxy' && config.server) || screens.connect.urlPlaceholder
  const scope = session?.scope
  const context = useMemo(() => ({ baseUrl, scope: scope ?? {}, now: new Date() }), [baseUrl, scope])
  const current = commands ?? loaded.get(screens)
  return current ? { commands: current, context } : null
}

/**
 * One action's equivalent command, built from the connected product's builders; null while they
 * load, where the product lacks the action, or while the form's input cannot be sent (a
 * retention the API cannot express): the dialog then shows no command rather than a wrong one.
 */
export function useEquivalentCommand(
  build: (commands: ProductCommands, context: CommandContext) => EquivalentCommand | undefined,
): EquivalentCommand | null {
  const loaded = useProductCommands()
  if (!loaded) return null
  try {
    return build(loaded.commands, loaded.context) ?? null
  } catch {
    return null
  }
}
