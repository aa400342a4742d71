/**
 * The management adapter as the registry hands it out: loaded on first use (a dynamic import),
 * so its code stays out of the first page of a console that serves InfluxDB 3 (ADR 012, the
 * budget in bundle-budget.json). What screens test without calling — the product, `revokes`,
 * which optional capabilities exist — is declared here and matches backend.ts.
 */
import type { Backend, BackendConnection } from '../port'
import type { ManagementProduct } from './backend'

export function createLazyManagementBackend(product: ManagementProduct, connection: BackendConnection): Backend {
  let loading: Promise<Backend> | null = null
  const load = (): Promise<Backend> =>
    (loading ??= import('./backend').then(
      (module) => module.createManagementBackend(product, connection),
      (error: unknown) => {
        // A chunk that failed to load (a deploy in between) is tried again on the next call.
        loading = null
        throw error
      },
    ))
  const adapter = async () => {
    const backend = await load()
    const { setDescription, setPermissions } = backend.tokens
    const { setLimits } = backend.databases
    if (!setDescription || !setPermissions || !setLimits) throw new Error('the management adapter lost a capability')
    return { backend, setDescription, setPermissions, setLimits }
  }
  return {
    product,
    connectionKey: connection.connectionKey,
    identify: async (options) => (await load()).identify(options),
    tokens: {
      list: async (options) => (await load()).tokens.list(options),
      create: async (draft, options) => (await load()).tokens.create(draft, options),
      remove: async (token, options) => (await load()).tokens.remove(token, options),
      revokes: true,
      setDescription: async (token, description, options) => (await adapter()).setDescription(token, description, options),
      setPermissions: async (token, permissions, options) => (await adapter()).setPermissions(token, permissions, options),
    },
    databases: {
      list: async (options) => (await load()).databases.list(options),
      create: async (draft, options) => (await load()).databases.create(draft, options),
      setRetention: async (name, retention, options) => (await load()).databases.setRetention(name, retention, options),
      remove: async (name, options) => (await load()).databases.remove(name, options),
      setLimits: async (name, limits, options) => (await adapter()).setLimits(name, limits, options),
    },
  }
}
