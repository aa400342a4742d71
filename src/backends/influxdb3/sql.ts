/** SQL over `/api/v3/query_sql`: how the console reads `system.*` tables. */
import type * as z from 'zod/mini'

import type { Http, RequestSpec } from '../http/http'

export interface SqlQuery<T extends z.ZodMiniType> {
  db: string
  q: string
  params?: Record<string, string | number | boolean>
  schema: T
  signal?: AbortSignal | undefined
}

/** POSTs the query (a JSON body keeps names out of URLs and logs) and validates the rows. */
export async function querySql<T extends z.ZodMiniType>(
  http: Http,
  query: SqlQuery<T>,
): Promise<{ rows: z.infer<T>; spec: RequestSpec }> {
  const spec: RequestSpec = {
    method: 'POST',
    path: '/api/v3/query_sql',
    json: { db: query.db, q: query.q, format: 'json', ...(query.params ? { params: query.params } : {}) },
    signal: query.signal,
  }
  const rows = await http.json(spec, query.schema)
  return { rows, spec }
}
