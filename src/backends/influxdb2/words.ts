/**
 * What InfluxDB 2 and Cloud failures mean (ProductWords). Token management needs an operator or
 * all-access token, or one with read/write on authorizations; a 401 that names a permission
 * (`… is unauthorized`) is such a refusal, not an expired session. InfluxData documentation:
 * "Manage API tokens" (InfluxDB OSS v2, Cloud Serverless).
 */
import type { ProductWords } from '../http/http'

export const influxdb2Words: ProductWords = {
  name: 'InfluxDB 2',
  hint(status, message) {
    if (status === 401 && /is unauthorized$/i.test(message.trim())) {
      // The permission named says what was refused: buckets, or (by default) the org's tokens.
      const needs = /\/buckets\b/.test(message)
        ? 'Managing buckets needs an operator or all-access token, or one that may write buckets in this org.'
        : 'Managing tokens needs an operator or all-access token, or one that may read and write authorizations in this org.'
      return `the server said “${message.trim()}”. ${needs}`
    }
    if (status === 401) return 'Connect again with an operator or all-access token.'
    if (status === 403) return `the server said “${message.trim()}”. A token cannot grant more than it holds itself.`
    if (status === 422) return 'Nothing was changed.'
    return undefined
  },
}
