// The benches' command lines: parse the flags, print USAGE on --help or on a bad flag.
import { parseArgs } from 'node:util'

/** The flag values (strings and booleans), or the process ends: 0 after --help, 2 after a bad flag. */
export function readFlags(usage, options) {
  let values
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', default: false } } }).values
  } catch (error) {
    console.error(`${error.message}\n\n${usage}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  return values
}
