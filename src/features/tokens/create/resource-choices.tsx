/**
 * A token type's own resources, chosen by ticking names or "every one" (InfluxDB 3's system
 * endpoints: health, metrics, ping). The product describes them (ResourceChoices); this renders
 * and maps the choice to permissions.
 */
import type { ResourceChoices as Choices } from '../../../backends/product-screens'
import type { Permission } from '../../../lib/permission'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import styles from './token-form.module.css'

export interface ResourceChoice {
  all: boolean
  names: ReadonlySet<string>
}

export const NO_RESOURCES: ResourceChoice = { all: false, names: new Set() }

export function resourcePermissions(spec: Choices, choice: ResourceChoice): Permission[] {
  const { resourceType, action } = spec
  if (choice.all) return [{ resourceType, resourceNames: ['*'], actions: [action] }]
  const names = spec.choices.map((c) => c.name).filter((name) => choice.names.has(name))
  return names.length ? [{ resourceType, resourceNames: names, actions: [action] }] : []
}

export function ResourceChoices({
  spec,
  value,
  onChange,
}: {
  spec: Choices
  value: ResourceChoice
  onChange: (value: ResourceChoice) => void
}) {
  const toggle = (name: string) => {
    const names = new Set(value.names)
    if (names.has(name)) names.delete(name)
    else names.add(name)
    onChange({ ...value, names })
  }
  return (
    <ChoiceGroup type="checkbox" legend={spec.legend}>
      <Choice checked={value.all} onChange={() => onChange({ ...value, all: !value.all })}>
        {spec.allLabel} (sent as <code>{spec.allSentAs}</code>)
      </Choice>
      {spec.choices.map((choice) => (
        <Choice
          key={choice.name}
          checked={value.all || value.names.has(choice.name)}
          disabled={value.all}
          onChange={() => toggle(choice.name)}
        >
          {choice.label} <span className={styles.typeExplain}>{choice.explain}</span>
        </Choice>
      ))}
    </ChoiceGroup>
  )
}
