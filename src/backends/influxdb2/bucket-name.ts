/**
 * InfluxDB 2 and Cloud bucket names: the server refuses a name that starts with `_` (reserved for
 * its system buckets `_monitoring` and `_tasks`) or holds a `"` (influxdata/influxdb
 * `tenant/service_bucket.go` `validBucketName`), and trims and requires one (`name is empty`).
 * It sets no length limit; the console stops at 255 characters, well past any name a person
 * types, so a pasted blob is not sent. A name already taken is checked by the form against the
 * listed buckets.
 */
import type { DatabaseNameRule } from '../product-screens'

export const MAX_BUCKET_NAME = 255

function check(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'Enter a name for the bucket.'
  if (trimmed.length > MAX_BUCKET_NAME) {
    return `The name is ${trimmed.length} characters long; use at most ${MAX_BUCKET_NAME}.`
  }
  if (trimmed.startsWith('_')) return 'Names starting with “_” are reserved for the server’s own buckets.'
  if (trimmed.includes('"')) return 'The name cannot contain “"”: queries could not name the bucket.'
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(trimmed)) {
    return 'The name cannot contain invisible control or text-direction characters.'
  }
  return null
}

export const bucketName: DatabaseNameRule = {
  hint: 'Any name that does not start with “_” or contain “"”.',
  check,
}
