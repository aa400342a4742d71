/**
 * `/api/v2/telegrafs` (influxdata/influxdb `telegraf/service/telegraf.go`, the v2 API reference
 * "List all Telegraf configurations"): the configurations of an org, filtered by read permission
 * like every v2 list, as `{configurations: [...]}`; and one by id. The console lists them to grant
 * a token access to each; the mock keeps no plugins, only the TOML text.
 */
import { callerOf, mayRead, read, type RouteContext } from './server-state'
import type { TelegrafRecord } from './store'
import { fail, jsonResponse, parseId } from './wire-format'

function telegrafBody(telegraf: TelegrafRecord) {
  const self = `/api/v2/telegrafs/${telegraf.id}`
  return {
    id: telegraf.id,
    orgID: telegraf.orgID,
    name: telegraf.name,
    description: telegraf.description,
    metadata: { buckets: [] },
    config: telegraf.config,
    labels: [],
    links: { self, labels: `${self}/labels`, members: `${self}/members`, owners: `${self}/owners` },
  }
}

const readable = (context: RouteContext, telegraf: TelegrafRecord) =>
  mayRead(callerOf(context), read('telegrafs', { id: telegraf.id, orgID: telegraf.orgID }))

function list(context: RouteContext): Response {
  const orgID = context.url.searchParams.get('orgID') ? parseId(context.url.searchParams.get('orgID')) : undefined
  const configurations = [...context.state.store.telegrafs.values()]
    .filter((t) => (orgID === undefined || t.orgID === orgID) && readable(context, t))
    .map(telegrafBody)
  return jsonResponse(200, { configurations })
}

function get(context: RouteContext): Response {
  const telegraf = context.state.store.telegrafs.get(parseId(context.params.id))
  if (telegraf === undefined || !readable(context, telegraf)) return fail('not found', 'telegraf configuration not found')
  return jsonResponse(200, telegrafBody(telegraf))
}

export const telegrafRoutes = [
  { method: 'GET', path: '/api/v2/telegrafs', handler: list },
  { method: 'GET', path: '/api/v2/telegrafs/:id', handler: get },
] as const
