/** The regeneration's equivalent command, loaded with the dialog's question (not with the token list). */
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { CommandDisclosure } from '../../../ui/command-disclosure'

export function RegenerateCommand() {
  const command = useEquivalentCommand((commands, context) => commands.regenerateOperator?.(context))
  return command ? <CommandDisclosure lines={command} /> : null
}
