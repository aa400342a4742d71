/** What the connected product calls its databases (InfluxDB 2 and Cloud Serverless: buckets), for the page's words. */
import { capitalize, DATABASE_NOUN } from '../../lib/token-describe'
import { useProductScreens } from '../../session/session-context'

export interface DatabaseWords {
  one: string
  many: string
  /** Capitalized, to start a sentence or a title. */
  One: string
  Many: string
}

export function databaseWords({ one, many } = DATABASE_NOUN): DatabaseWords {
  return { one, many, One: capitalize(one), Many: capitalize(many) }
}

export function useDatabaseNoun(): DatabaseWords {
  return databaseWords(useProductScreens().databaseNoun)
}
