/**
 * The templates slot of a product's screens (`ProductScreens.templates`): common jobs' tokens to
 * start the create form from, and the builder of the two every product offers (a collector that
 * writes, a dashboard that reads, on the databases the user picks).
 */
import type { ExpiryPresetId } from '../lib/expiry'

/**
 * A common job's token, to start the create form from (a Telegraf writer, a Grafana reader): the
 * type it fills, a dated name, what it grants and its expiry. Databases are the user's to pick.
 */
export interface TokenTemplate {
  id: string
  label: string
  explain: string
  /** The id of the product's token type it fills. */
  typeId: string
  /** The name it proposes for today's date (YYYY-MM-DD, UTC). */
  name: (date: string) => string
  /** The action to tick on the databases the user picks, or the resources (`*`: all) it chooses. */
  grants:
    | { kind: 'databases'; action: 'read' | 'write' }
    | { kind: 'resources'; names: '*' | readonly string[] }
    | { kind: 'full-access' }
  /** A preset of lib/expiry, or never; unused where tokens cannot expire. */
  expiry: ExpiryPresetId | 'never'
  /** What is left to do in the form: "Tick Write for each database Telegraf writes to." */
  next: string
}

/** The product's templates, and the common jobs it has none for, with why (said, not hidden). */
export interface ProductTemplates {
  templates: readonly TokenTemplate[]
  notOffered: readonly { label: string; reason: string }[]
}

/** How a product words its picked-databases templates. */
interface PickedDatabasesWords {
  /** The token type they fill: InfluxDB 3's `database`, InfluxDB 2's `custom`. */
  typeId: string
  /** "database", "bucket". */
  noun: string
  expiry: ExpiryPresetId | 'never'
  /** The proposed name from the template's label and the date: `telegraf-writer-2026-11-30`. */
  name: (label: string, date: string) => string
}

/** The Telegraf writer and the Grafana reader: one action ticked on the databases the user picks. */
export function pickedDatabasesTemplates(words: PickedDatabasesWords): TokenTemplate[] {
  const { typeId, noun, expiry } = words
  const lasting = expiry === '1y' ? ', for a year' : ''
  const make = (id: string, label: string, action: 'read' | 'write', explain: string, next: string): TokenTemplate => ({
    id,
    label,
    explain,
    typeId,
    name: (date) => words.name(label, date),
    grants: { kind: 'databases', action },
    expiry,
    next,
  })
  return [
    make(
      'telegraf-writer',
      'Telegraf writer',
      'write',
      `Write to the ${noun}s you pick${lasting}. For Telegraf and other collectors.`,
      `Tick Write for each ${noun} Telegraf writes to.`,
    ),
    make(
      'grafana-reader',
      'Grafana reader',
      'read',
      `Read the ${noun}s you pick${lasting}. For a Grafana data source or a dashboard.`,
      `Tick Read for each ${noun} Grafana queries.`,
    ),
  ]
}
