/**
 * What InfluxDB 3 failures mean, in the words the screens show (ProductWords): token management
 * needs an admin token, a 404 is either a catalog lookup (the thing is gone) or a route this
 * server lacks (an older version, or Core for resource tokens), a 422 a catalog limit.
 * InfluxData documentation: "Manage tokens", "Create a database" (limits).
 */
import type { ProductWords } from '../http/http'

/** Catalog lookups answer `the requested resource was not found: <name>`; unknown routes `Not found`. */
const CATALOG_NOT_FOUND = /^the requested resource was not found/i

export const influxdb3Words: ProductWords = {
  name: 'InfluxDB 3',
  hint(status, message) {
    switch (status) {
      case 401:
        return 'Connect again with a valid admin token.'
      case 403:
        return 'token and database management need an admin token. Connect with an admin token.'
      case 404:
        return CATALOG_NOT_FOUND.test(message)
          ? 'It was probably deleted meanwhile (perhaps in another tab): check the list for what exists now.'
          : 'This server does not offer this request: check that the console points at InfluxDB 3, version 3.2 or later (resource tokens need Enterprise).'
      case 422:
        return 'Nothing was changed: one of the server’s limits (databases, tables, columns) is reached; free some up first.'
      default:
        return undefined
    }
  },
}
